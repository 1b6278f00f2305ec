package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Claims counted and summed by benefit, by region and by the month of their event, each split into
 * paid, waiting (for an approval, or approved and waiting for money in the queue) and rejected.
 */
public final class ClaimTally implements Serializable {

  /** One claim as the tally needs it. */
  public record Claim(long memberId, Benefit benefit, LocalDate eventDate, ClaimState state, Money amount) implements Serializable {}

  /** How a set of claims stands. */
  public record Counts(int paid, Money paidAmount, int waiting, Money waitingAmount, int rejected, Money rejectedAmount) implements Serializable {

    static final Counts NONE = new Counts(0, Money.ZERO, 0, Money.ZERO, 0, Money.ZERO);

    Counts with(ClaimState state, Money amount) {
      return switch (state) {
        case PAID -> new Counts(paid + 1, paidAmount.plus(amount), waiting, waitingAmount, rejected, rejectedAmount);
        case REJECTED -> new Counts(paid, paidAmount, waiting, waitingAmount, rejected + 1, rejectedAmount.plus(amount));
        case WAITING_FIRST, WAITING_SECOND, QUEUED -> new Counts(paid, paidAmount, waiting + 1, waitingAmount.plus(amount), rejected, rejectedAmount);
      };
    }

    public int count() {
      return paid + waiting + rejected;
    }
  }

  /** A line of the tally: what it counts (a benefit, a region's code, a month) and how its claims stand. */
  public record Line<K>(K key, Counts counts) implements Serializable {}

  private final Map<Benefit, Counts> byBenefit = new EnumMap<>(Benefit.class);
  private final Map<String, Counts> byRegion = new TreeMap<>();
  private final Map<YearMonth, Counts> byMonth = new TreeMap<>();
  private Counts all = Counts.NONE;

  /** Tallies claims; the region of each comes from her member id (unknown: "-"). */
  public static ClaimTally of(List<Claim> claims, java.util.function.LongFunction<String> regionOf) {
    ClaimTally tally = new ClaimTally();
    for (Benefit b : Benefit.values()) {
      tally.byBenefit.put(b, Counts.NONE);
    }
    for (Claim c : claims) {
      tally.byBenefit.merge(c.benefit(), Counts.NONE, (a, none) -> a.with(c.state(), c.amount()));
      String region = regionOf.apply(c.memberId());
      tally.byRegion.merge(region == null ? "-" : region, Counts.NONE.with(c.state(), c.amount()), (a, none) -> a.with(c.state(), c.amount()));
      tally.byMonth.merge(YearMonth.from(c.eventDate()), Counts.NONE.with(c.state(), c.amount()), (a, none) -> a.with(c.state(), c.amount()));
      tally.all = tally.all.with(c.state(), c.amount());
    }
    return tally;
  }

  /** Every benefit, in the scheme's order, with none when none was claimed. */
  public List<Line<Benefit>> byBenefit() {
    return lines(byBenefit);
  }

  /** The regions claims came from, by code. */
  public List<Line<String>> byRegion() {
    return lines(byRegion);
  }

  /** The months with claims, oldest first. */
  public List<Line<YearMonth>> byMonth() {
    return lines(byMonth);
  }

  public Counts all() {
    return all;
  }

  private static <K> List<Line<K>> lines(Map<K, Counts> map) {
    List<Line<K>> lines = new ArrayList<>();
    map.forEach((k, v) -> lines.add(new Line<>(k, v)));
    return lines;
  }
}
