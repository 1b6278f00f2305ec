package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The months one payment covers: at least one, each once, none before the month she joined the
 * fund, none paid already, and at most a year ahead of this month (months may be paid ahead).
 */
public record ContributionMonths(List<YearMonth> months) implements Serializable {

  static final int MOST_MONTHS_AHEAD = 12;

  public ContributionMonths {
    if (months == null || months.isEmpty() || months.contains(null)) {
      throw new BadInput("welfare.contribution.months").on("months");
    }
    if (Set.copyOf(months).size() != months.size()) {
      throw new BadInput("welfare.contribution.twice").on("months");
    }
    months = List.copyOf(new TreeSet<>(months));
  }

  /** Refuses months before she joined, too far ahead, or paid already (naming them). */
  public void check(YearMonth joined, YearMonth now, Set<YearMonth> paid) {
    if (months.get(0).isBefore(joined)) {
      throw new BadInput("welfare.contribution.beforeJoining", joined.toString()).on("months");
    }
    if (months.get(months.size() - 1).isAfter(now.plusMonths(MOST_MONTHS_AHEAD))) {
      throw new BadInput("welfare.contribution.tooFarAhead", MOST_MONTHS_AHEAD).on("months");
    }
    String again = months.stream().filter(paid::contains).map(YearMonth::toString).collect(Collectors.joining(", "));
    if (!again.isEmpty()) {
      throw new BusinessRuleViolation("welfare.contribution.paid", again).on("months");
    }
  }
}
