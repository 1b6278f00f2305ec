package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account's balance at each month's end, read in a bounded amount however long the ledger grows.
 * Walked back from its balance now (its balance rows, read by key) through each month's movement: a
 * closed month's from {@code account_month_total} (kept the first time it is read: a closed month
 * never changes), an open month's from {@code account_open_month_total} (its settled lines, kept)
 * and its lines posted since (through the lines' account index). Nothing is added to a posting.
 *
 * <p>Settled: an entry whose transaction has surely ended, committed or rolled back. Entry ids are
 * handed out as entries are inserted, not as they commit, so "every line up to id N is counted"
 * holds only for an N no unfinished posting lies below. Payara ends every transaction within its
 * timeout (pre-boot-commands.asadmin: 300 s; one that runs longer is rolled back, never committed),
 * so an entry inserted longer ago than {@code settledAfter} (more than that timeout) is settled, and
 * so is every entry with a smaller id (inserted before it). An open month's kept totals count its
 * lines up to such an id ({@code account_settled_mark}); a chart then reads only the lines posted
 * after it: a fund's last minutes, not its month.
 *
 * <p>Every kept total is by the entries' source and key kind ({@link #KEY_KIND}) too, so what came
 * into an account over months from where (the welfare fund's report) is read the same bounded way.
 */
final class MonthEnds {

  /**
   * When an entry is settled: twice Payara's transaction timeout (300 s, pre-boot-commands.asadmin),
   * so every posting inserted before then has ended and committed before any transaction still
   * running began (its snapshot sees them). Raise it with the timeout.
   */
  static final Duration SETTLED_AFTER = Duration.ofMinutes(10);

  /** The kind of an entry's idempotency key, in SQL over {@code e} ({@link SourcedTotal#KEY_KIND_SQL}). */
  static final String KEY_KIND = SourcedTotal.KEY_KIND_SQL;

  /** What an account's lines of one month, one source and one key kind moved. */
  record Moved(YearMonth month, String source, String keyKind, long debits, long credits) {

    /** Read from a query's columns: month, source, key kind, debits, credits. */
    static Moved of(ResultSet rows) throws SQLException {
      return new Moved(YearMonth.parse(rows.getString(1)), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getLong(5));
    }
  }

  /** The latest day a DATE column holds: "and every day after". */
  private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

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

  /**
   * What the account moved month by month from {@code first} on, and its balance now: its month-end
   * balances and totals by source for any months from {@code first} ({@link AccountMonths}); entries
   * inserted longer than {@code settledAfter} ago count as settled (see above).
   */
  static AccountMonths months(Connection c, LedgerAccount account, YearMonth first, Duration settledAfter) throws SQLException {
    AccountBalance now = LedgerReader.balance(c, account.id()).orElse(new AccountBalance(account, Money.ZERO, Money.ZERO));
    return new AccountMonths(account, now.balance(), first, moved(c, account.id(), first, settledAfter));
  }

  /**
   * What the account's lines dated from {@code first} on moved, month by month, by source and key
   * kind: a closed month's from its kept totals (kept now if not yet), the open months' from the
   * settled lines' kept totals and the lines since. Later months are in too (entries dated ahead).
   */
  private static List<Moved> moved(Connection c, long accountId, YearMonth first, Duration settledAfter) throws SQLException {
    Set<YearMonth> closed = new TreeSet<>();
    try (PreparedStatement read = c.prepareStatement("SELECT period FROM ledger_period WHERE status = 'CLOSED' AND period >= ?")) {
      read.setString(1, first.toString());
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          closed.add(YearMonth.parse(rows.getString(1)));
        }
      }
    }
    List<Moved> moved = new ArrayList<>();
    Map<YearMonth, List<Moved>> kept = keptTotals(c, accountId, first);
    for (YearMonth month : closed) {
      List<Moved> totals = kept.get(month);
      moved.addAll(totals == null ? keep(c, accountId, month) : totals);
    }
    // the open months: from the first month of the window not closed (later months are all open or kept)
    YearMonth openFrom = first;
    while (closed.contains(openFrom)) {
      openFrom = openFrom.plusMonths(1);
    }
    for (Moved m : openMovements(c, accountId, openFrom, settledAfter)) {
      if (!closed.contains(m.month())) {
        moved.add(m);
      }
    }
    return moved;
  }

  private static Map<YearMonth, List<Moved>> keptTotals(Connection c, long accountId, YearMonth first) throws SQLException {
    Map<YearMonth, List<Moved>> kept = new HashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT period, source, key_kind, debit_satang, credit_satang FROM account_month_total WHERE account_id = ? AND period >= ?")) {
      read.setLong(1, accountId);
      read.setString(2, first.toString());
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          Moved m = Moved.of(rows);
          kept.computeIfAbsent(m.month(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    return kept;
  }

  /**
   * Sums a closed month's lines of the account once, by source and key kind, and keeps the totals
   * (a second reader beside this one sums the same lines and its inserts are ignored); a month with
   * no lines is kept as one row of nothing. The month's entries lie between the smallest and largest
   * id dated in it, so only the account's lines in that band are read.
   */
  private static List<Moved> keep(Connection c, long accountId, YearMonth month) throws SQLException {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    List<Moved> totals = new ArrayList<>();
    Optional<IdBand> band = idBand(c, from, to);
    if (band.isPresent()) {
      try (PreparedStatement read = c.prepareStatement("SELECT ?, e.source, " + KEY_KIND + ", COALESCE(SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE 0 END), 0),"
          + " COALESCE(SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE 0 END), 0)"
          + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id AND e.entry_date BETWEEN ? AND ?"
          + " WHERE l.account_id = ? AND l.entry_id BETWEEN ? AND ? GROUP BY 2, 3")) {
        read.setString(1, month.toString());
        read.setDate(2, java.sql.Date.valueOf(from));
        read.setDate(3, java.sql.Date.valueOf(to));
        read.setLong(4, accountId);
        read.setLong(5, band.get().first());
        read.setLong(6, band.get().last());
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            totals.add(Moved.of(rows));
          }
        }
      }
    }
    List<Moved> rows = totals.isEmpty() ? List.of(new Moved(month, "", "", 0, 0)) : totals;
    try (PreparedStatement write = c.prepareStatement("INSERT IGNORE INTO account_month_total (account_id, period, source, key_kind, debit_satang, credit_satang)"
        + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Moved m : rows) {
        write.setLong(1, accountId);
        write.setString(2, month.toString());
        write.setString(3, m.source());
        write.setString(4, m.keyKind());
        write.setLong(5, m.debits());
        write.setLong(6, m.credits());
        write.addBatch();
      }
      write.executeBatch();
    }
    return rows;
  }

  /** The smallest and the largest id of the entries dated in a range of days. */
  private record IdBand(long first, long last) {}

  /**
   * The smallest and largest id of the entries dated from {@code from} to {@code to}, if any.
   * Read as the first and last id of each day on the date index (MariaDB's loose index scan: one
   * look per day), not as MIN(id) over the range, which reads every entry of the days (a month of a
   * national network: two million index rows, 0.35 s against 0.5 ms). And read on its own: joined in
   * as a derived table, MariaDB took it for two million rows and read the account's lines by a scan of
   * the whole journal (6.6 s a fund on ten million lines).
   */
  private static Optional<IdBand> idBand(Connection c, LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT MIN(lo), MAX(hi) FROM"
        + " (SELECT entry_date, MIN(id) lo, MAX(id) hi FROM journal_entry WHERE entry_date BETWEEN ? AND ? GROUP BY entry_date) d")) {
      read.setDate(1, java.sql.Date.valueOf(from));
      read.setDate(2, java.sql.Date.valueOf(to));
      try (ResultSet rows = read.executeQuery()) {
        if (rows.next() && rows.getObject(1) != null) {
          return Optional.of(new IdBand(rows.getLong(1), rows.getLong(2)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What the account's lines dated from {@code from} on moved, month by month: the settled lines'
   * kept totals and the lines after them; or, when the kept totals do not reach back to
   * {@code from} (a month before them opened), all its lines from the smallest entry id dated in
   * those months on (an entry dated there cannot have a smaller one).
   */
  private static List<Moved> openMovements(Connection c, long accountId, YearMonth from, Duration settledAfter) throws SQLException {
    Optional<SettledMark> mark = settle(c, accountId, from, settledAfter);
    if (mark.isPresent() && !mark.get().from().isAfter(from)) {
      List<Moved> movements = new ArrayList<>();
      try (PreparedStatement read = c.prepareStatement("SELECT period, source, key_kind, debit_satang, credit_satang FROM account_open_month_total"
          + " WHERE account_id = ? AND period >= ? LOCK IN SHARE MODE")) {
        // in share mode: the latest totals, those the mark just read counts (a plain read would see this transaction's first snapshot)
        read.setLong(1, accountId);
        read.setString(2, from.toString());
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            movements.add(Moved.of(rows));
          }
        }
      }
      movements.addAll(linesAfter(c, accountId, from, mark.get().toEntryId()));
      return movements;
    }
    Optional<IdBand> band = idBand(c, from.atDay(1), LATEST_DATE);
    return band.isEmpty() ? new ArrayList<>() : linesAfter(c, accountId, from, band.get().first() - 1);
  }

  /** What the account's lines of entries after {@code entryId}, dated from {@code from} on, moved, by month, source and key kind. */
  private static List<Moved> linesAfter(Connection c, long accountId, YearMonth from, long entryId) throws SQLException {
    List<Moved> movements = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement(MOVED_SINCE + " GROUP BY 1, 2, 3")) {
      read.setDate(1, java.sql.Date.valueOf(from.atDay(1)));
      read.setLong(2, accountId);
      read.setLong(3, entryId);
      read.setLong(4, Long.MAX_VALUE);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          movements.add(Moved.of(rows));
        }
      }
    }
    return movements;
  }

  /** An account's lines of entries in an id range (after the first, up to the second), dated from a day on, summed by month, source and key kind (add the GROUP BY). */
  private static final String MOVED_SINCE = "SELECT DATE_FORMAT(e.entry_date, '%Y-%m'), e.source, " + KEY_KIND + ","
      + " COALESCE(SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE 0 END), 0), COALESCE(SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE 0 END), 0)"
      + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id AND e.entry_date >= ?"
      + " WHERE l.account_id = ? AND l.entry_id > ? AND l.entry_id <= ?";

  /**
   * Where an account's kept open-month totals stand: the lines of entries up to {@code toEntryId},
   * dated from {@code from} on, are in them.
   */
  private record SettledMark(YearMonth from, long toEntryId) {}

  /**
   * The account's mark, first moved up to the newest settled entry if entries have settled since
   * (their lines added to the kept totals). Moving it locks the mark's row for update, as the first
   * lock of the account's mark in this transaction; a mark that needs no move is read in share mode.
   * Neither is ever upgraded from the other, so two readers never wait on each other in a circle.
   */
  private static Optional<SettledMark> settle(Connection c, long accountId, YearMonth openFrom, Duration settledAfter) throws SQLException {
    long settled = newestSettledEntry(c, settledAfter);
    Optional<SettledMark> seen = mark(c, accountId, "");
    if (seen.isPresent() && (seen.get().toEntryId() >= settled || seen.get().from().isAfter(openFrom))) {
      return mark(c, accountId, " LOCK IN SHARE MODE");
    }
    if (seen.isEmpty() && settled == 0) {
      return Optional.empty();
    }
    // a new mark starts below the open months' first entry, and never above what has settled
    long start = Math.min(settled, idBand(c, openFrom.atDay(1), LATEST_DATE).map(band -> band.first() - 1).orElse(settled));
    try (PreparedStatement create = c.prepareStatement("INSERT INTO account_settled_mark (account_id, from_period, to_entry_id) VALUES (?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE account_id = account_id")) {
      // on a duplicate this takes the row's exclusive lock, not a shared one that another creator might also hold
      create.setLong(1, accountId);
      create.setString(2, openFrom.toString());
      create.setLong(3, start);
      create.executeUpdate();
    }
    SettledMark mark = mark(c, accountId, " FOR UPDATE").orElseThrow();
    if (mark.toEntryId() >= settled) {
      return Optional.of(mark);
    }
    try (PreparedStatement sum = c.prepareStatement(MOVED_SINCE + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
        PreparedStatement add = c.prepareStatement("INSERT INTO account_open_month_total (account_id, period, source, key_kind, debit_satang, credit_satang)"
            + " VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE debit_satang = debit_satang + VALUES(debit_satang), credit_satang = credit_satang + VALUES(credit_satang)")) {
      sum.setDate(1, java.sql.Date.valueOf(mark.from().atDay(1)));
      sum.setLong(2, accountId);
      sum.setLong(3, mark.toEntryId());
      sum.setLong(4, settled);
      try (ResultSet rows = sum.executeQuery()) {
        while (rows.next()) {
          Moved m = Moved.of(rows);
          add.setLong(1, accountId);
          add.setString(2, m.month().toString());
          add.setString(3, m.source());
          add.setString(4, m.keyKind());
          add.setLong(5, m.debits());
          add.setLong(6, m.credits());
          add.executeUpdate();
        }
      }
    }
    try (PreparedStatement move = c.prepareStatement("UPDATE account_settled_mark SET to_entry_id = ? WHERE account_id = ?")) {
      move.setLong(1, settled);
      move.setLong(2, accountId);
      move.executeUpdate();
    }
    return Optional.of(new SettledMark(mark.from(), settled));
  }

  private static Optional<SettledMark> mark(Connection c, long accountId, String lock) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT from_period, to_entry_id FROM account_settled_mark WHERE account_id = ?" + lock)) {
      read.setLong(1, accountId);
      try (ResultSet rows = read.executeQuery()) {
        return rows.next() ? Optional.of(new SettledMark(YearMonth.parse(rows.getString(1)), rows.getLong(2))) : Optional.empty();
      }
    }
  }

  /**
   * The id of the newest entry inserted more than {@code settledAfter} ago (0 if none): read back
   * from the newest entry, so it costs the entries of that last while, not the journal.
   */
  private static long newestSettledEntry(Connection c, Duration settledAfter) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT id FROM journal_entry WHERE created_at < NOW(3) - INTERVAL ? SECOND ORDER BY id DESC LIMIT 1")) {
      read.setLong(1, settledAfter.toSeconds());
      try (ResultSet rows = read.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }
}
