package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one account moved month by month from a month on, read once ({@link MonthEnds}: kept
 * totals, and the lines posted since the last ones settled), with its balance now: its month-end
 * balances and its totals by source for any months within. A report that needs both, or several
 * windows of them (the welfare fund's year of month ends, its money in over the period asked and
 * its payouts over the last twelve months), reads the account once instead of once a figure.
 */
public final class AccountMonths {

  private final LedgerAccount account;
  private final Money balanceNow;
  private final YearMonth from;
  private final List<MonthEnds.Moved> moved;

  AccountMonths(LedgerAccount account, Money balanceNow, YearMonth from, List<MonthEnds.Moved> moved) {
    this.account = account;
    this.balanceNow = balanceNow;
    this.from = from;
    this.moved = List.copyOf(moved);
  }

  /** The account's balance at the end of each month from {@code first} to {@code last}, on its normal side. */
  public List<MonthEndBalance> monthEnds(YearMonth first, YearMonth last) {
    within(first);
    Map<YearMonth, Long> movements = new HashMap<>();
    for (MonthEnds.Moved m : moved) {
      movements.merge(m.month(), normal(m.debits() - m.credits()), Long::sum);
    }
    return MonthEnds.walkBack(first, last, balanceNow, movements);
  }

  /**
   * What the account's lines dated in the months from {@code first} to {@code last} credited and
   * debited, by the source of their entries and the kind of their idempotency key.
   */
  public List<SourcedTotal> totalsBySource(YearMonth first, YearMonth last) {
    within(first);
    Map<List<String>, long[]> summed = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (MonthEnds.Moved m : moved) {
      if (!m.month().isBefore(first) && !m.month().isAfter(last) && !m.source().isEmpty() && (m.debits() != 0 || m.credits() != 0)) {
        long[] t = summed.computeIfAbsent(List.of(m.source(), m.keyKind()), k -> new long[2]);
        t[0] += m.debits();
        t[1] += m.credits();
      }
    }
    List<SourcedTotal> totals = new ArrayList<>();
    summed.forEach((k, t) -> totals.add(new SourcedTotal(EntrySource.valueOf(k.get(0)), k.get(1), Money.ofSatang(t[1]), Money.ofSatang(t[0]))));
    return totals;
  }

  /** The months read start at {@code from}: an earlier month was not read, and would seem to have moved nothing (a caller's mistake, never a visitor's). */
  private void within(YearMonth first) {
    if (first.isBefore(from)) {
      throw new IllegalStateException("read from " + from + ", asked from " + first);
    }
  }

  private long normal(long debitMinusCredit) {
    return account.type().growsWithDebits() ? debitMinusCredit : -debitMinusCredit;
  }
}
