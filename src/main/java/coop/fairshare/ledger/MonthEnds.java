package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account's balance at each month's end, read in a bounded amount however long the ledger grows.
 * Walked back from its balance now (its balance rows, read by key) through each month's movement: a
 * closed month's from {@code account_month_total} (kept the first time it is read: a closed month
 * never changes), an open month's from its own lines (the account's lines from the first entry of
 * the open months on, through the lines' account index). Nothing is added to a posting.
 */
final class MonthEnds {

  private MonthEnds() {}

  /**
   * Month-end balances from {@code first} to {@code last}, walked back from the balance now. The
   * movements (on the account's normal side) must cover every month from {@code first} on that has
   * any, later months too (entries dated ahead are in the balance now); a month left out moved nothing.
   * Equal to summing every line dated up to each month's end whenever the balance is its lines' sum
   * (the audit's proof).
   */
  static List<MonthEndBalance> walkBack(YearMonth first, YearMonth last, Money balanceNow, Map<YearMonth, Long> movements) {
    long running = balanceNow.satang();
    for (Map.Entry<YearMonth, Long> month : movements.entrySet()) {
      if (month.getKey().isAfter(last)) {
        running -= month.getValue();
      }
    }
    List<MonthEndBalance> balances = new ArrayList<>();
    for (YearMonth month = last; !month.isBefore(first); month = month.minusMonths(1)) {
      balances.add(0, new MonthEndBalance(month, Money.ofSatang(running)));
      running -= movements.getOrDefault(month, 0L);
    }
    return balances;
  }

  /** The account's month-end balances from {@code first} to {@code last}, on its normal side. */
  static List<MonthEndBalance> read(Connection c, LedgerAccount account, YearMonth first, YearMonth last) throws SQLException {
    AccountBalance now = LedgerReader.balance(c, account.id()).orElse(new AccountBalance(account, Money.ZERO, Money.ZERO));
    Set<YearMonth> closed = new TreeSet<>();
    try (PreparedStatement read = c.prepareStatement("SELECT period FROM ledger_period WHERE status = 'CLOSED' AND period >= ?")) {
      read.setString(1, first.toString());
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          closed.add(YearMonth.parse(rows.getString(1)));
        }
      }
    }
    Map<YearMonth, Long> movements = new HashMap<>();
    Map<YearMonth, long[]> kept = keptTotals(c, account.id(), first);
    for (YearMonth month : closed) {
      long[] totals = kept.get(month);
      if (totals == null) {
        totals = keep(c, account.id(), month);
      }
      movements.put(month, normal(account, totals[0] - totals[1]));
    }
    // the open months: from the first month of the window not closed (later months are all open or kept)
    YearMonth openFrom = first;
    while (closed.contains(openFrom)) {
      openFrom = openFrom.plusMonths(1);
    }
    openMovements(c, account, openFrom).forEach((month, movement) -> {
      if (!closed.contains(month)) {
        movements.put(month, movement);
      }
    });
    return walkBack(first, last, now.balance(), movements);
  }

  private static long normal(LedgerAccount account, long debitMinusCredit) {
    return account.type().growsWithDebits() ? debitMinusCredit : -debitMinusCredit;
  }

  private static Map<YearMonth, long[]> keptTotals(Connection c, long accountId, YearMonth first) throws SQLException {
    Map<YearMonth, long[]> kept = new HashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT period, debit_satang, credit_satang FROM account_month_total WHERE account_id = ? AND period >= ?")) {
      read.setLong(1, accountId);
      read.setString(2, first.toString());
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          kept.put(YearMonth.parse(rows.getString(1)), new long[] {rows.getLong(2), rows.getLong(3)});
        }
      }
    }
    return kept;
  }

  /**
   * Sums a closed month's lines of the account once and keeps the totals (a second reader beside
   * this one sums the same lines and its insert is ignored). The month's entries lie between the
   * smallest and largest id dated in it, so only the account's lines in that band are read.
   */
  private static long[] keep(Connection c, long accountId, YearMonth month) throws SQLException {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    long[] totals = {0, 0};
    long[] band = idBand(c, from, to);
    if (band != null) {
      try (PreparedStatement read = c.prepareStatement("SELECT COALESCE(SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE 0 END), 0),"
          + " COALESCE(SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE 0 END), 0)"
          + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id AND e.entry_date BETWEEN ? AND ?"
          + " WHERE l.account_id = ? AND l.entry_id BETWEEN ? AND ?")) {
        read.setDate(1, java.sql.Date.valueOf(from));
        read.setDate(2, java.sql.Date.valueOf(to));
        read.setLong(3, accountId);
        read.setLong(4, band[0]);
        read.setLong(5, band[1]);
        try (ResultSet rows = read.executeQuery()) {
          if (rows.next()) {
            totals[0] = rows.getLong(1);
            totals[1] = rows.getLong(2);
          }
        }
      }
    }
    try (PreparedStatement write = c.prepareStatement("INSERT IGNORE INTO account_month_total (account_id, period, debit_satang, credit_satang) VALUES (?, ?, ?, ?)")) {
      write.setLong(1, accountId);
      write.setString(2, month.toString());
      write.setLong(3, totals[0]);
      write.setLong(4, totals[1]);
      write.executeUpdate();
    }
    return totals;
  }

  /**
   * The smallest and largest id of the entries dated from {@code from} to {@code to} (null if none).
   * Read as the first and last id of each day on the date index (MariaDB's loose index scan: one
   * look per day), not as MIN(id) over the range, which reads every entry of the days (a month of a
   * national network: two million index rows, 0.35 s against 0.5 ms). And read on its own: joined in
   * as a derived table, MariaDB took it for two million rows and read the account's lines by a scan of
   * the whole journal (6.6 s a fund on ten million lines).
   */
  private static long[] idBand(Connection c, LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT MIN(lo), MAX(hi) FROM"
        + " (SELECT entry_date, MIN(id) lo, MAX(id) hi FROM journal_entry WHERE entry_date BETWEEN ? AND ? GROUP BY entry_date) d")) {
      read.setDate(1, java.sql.Date.valueOf(from));
      read.setDate(2, java.sql.Date.valueOf(to));
      try (ResultSet rows = read.executeQuery()) {
        if (rows.next() && rows.getObject(1) != null) {
          return new long[] {rows.getLong(1), rows.getLong(2)};
        }
      }
    }
    return null;
  }

  /**
   * What the account's lines dated from {@code from} on moved, month by month: its lines from the
   * smallest entry id dated in those months on (an entry dated there cannot have a smaller one).
   */
  private static Map<YearMonth, Long> openMovements(Connection c, LedgerAccount account, YearMonth from) throws SQLException {
    Map<YearMonth, Long> movements = new HashMap<>();
    long[] band = idBand(c, from.atDay(1), LocalDate.of(9999, 12, 31));
    if (band == null) {
      return movements;
    }
    try (PreparedStatement read = c.prepareStatement("SELECT DATE_FORMAT(e.entry_date, '%Y-%m'), SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE -l.amount_satang END)"
        + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id AND e.entry_date >= ?"
        + " WHERE l.account_id = ? AND l.entry_id >= ? GROUP BY 1")) {
      read.setDate(1, java.sql.Date.valueOf(from.atDay(1)));
      read.setLong(2, account.id());
      read.setLong(3, band[0]);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          movements.put(YearMonth.parse(rows.getString(1)), normal(account, rows.getLong(2)));
        }
      }
    }
    return movements;
  }
}
