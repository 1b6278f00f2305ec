package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account over a period, as interest by daily balance needs it: the balance before the
 * period's first day, and what each day of the period added (on the account's normal side).
 */
public record DailyMovements(long accountId, Money opening, SortedMap<LocalDate, Money> byDay) implements Serializable {

  public DailyMovements {
    byDay = Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
  }

  /**
   * Read on the caller's connection and transaction, for code that posts with {@link JournalWriter}
   * on that connection too (an interest run's chunk, its benchmark).
   */
  public static java.util.Map<Long, DailyMovements> read(java.sql.Connection connection, java.util.Collection<Long> accountIds, LocalDate from, LocalDate to)
      throws java.sql.SQLException {
    return LedgerReader.dailyMovements(connection, accountIds, from, to);
  }
}
