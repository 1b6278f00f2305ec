package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes journal entries with plain JDBC on the caller's connection and transaction, so the EJB
 * services and the benchmark post exactly the same way. Between accounts this JVM knows, in three
 * statements: the entry, once per idempotency key; its lines in one multi-row insert; and the
 * amounts added to one randomly chosen balance row of each account, one update by primary key in
 * account order so two postings never deadlock, which also holds the entry's month in share mode
 * and changes nothing unless it is open (a month being closed waits for postings in flight, then
 * refuses new ones). An account not seen before is read first, in share mode, with the month.
 * Several entries of one transaction are written as one batch ({@link #postAll}), their balance
 * rows still locked in one ascending sweep.
 *
 * <p>Measured (issue 13, LedgerBenchmark, README "Ledger benchmark"): the lines as one multi-row
 * insert instead of a JDBC batch, the balance rows by an update instead of an insert-or-update, and
 * the accounts already known left out of the read post about a fifth more per second than before
 * in the same run; the month held by the update instead of a read of its own, 7% less CPU again.
 * A stored procedure doing the same in one round trip cost more CPU in MariaDB than the statements
 * it replaced, so there is none; nor several statements sent as one (that needs the driver's
 * allowMultiQueries for every connection of the pool, and saved only the JVM a little).
 */
public final class JournalWriter {

  private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final int DUPLICATE_KEY = 1062;
  /**
   * Each account's number of balance rows, fixed when it is opened (nothing changes it, and an
   * account is never deleted), so known once read: a posting between known accounts reads only its
   * month. Bounded: at national scale most accounts are a member's, touched now and then.
   */
  private static final Map<Long, Integer> KNOWN_SLOTS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_KNOWN = 100_000;

  private JournalWriter() {}

  /** The outcome: the entry's id, and whether this call wrote it or found it already written. */
  public record Written(long entryId, boolean isNew) {}

  /**
   * Writes one entry (once per idempotency key). In a closed month it throws {@link PeriodClosed},
   * possibly after writing the entry and its lines: the caller rolls back, as every EJB caller's
   * transaction does for that exception.
   */
  public static Written post(Connection connection, JournalEntry entry) throws SQLException {
    return postAll(connection, List.of(entry)).get(0);
  }

  /**
   * Writes several entries in one transaction as one batch: each entry and its lines first, then
   * what they add to their accounts in one statement, rows in (account, slot) order, one slot per
   * account for the whole batch. Posting entries one by one would lock balance rows entry by
   * entry, and two batches touching the same accounts in another order could deadlock.
   */
  public static List<Written> postAll(Connection connection, List<JournalEntry> entries) throws SQLException {
    List<Written> written = new java.util.ArrayList<>();
    Map<Long, Integer> slots = new HashMap<>();
    java.util.Set<String> monthsToHold = new java.util.TreeSet<>();
    Map<Long, long[]> perAccount = new TreeMap<>();
    for (JournalEntry entry : entries) {
      Written one = write(connection, entry, slots, monthsToHold);
      written.add(one);
      if (one.isNew()) {
        for (PostingLine line : entry.lines()) {
          perAccount.computeIfAbsent(line.accountId(), k -> new long[2])[line.side() == Side.DEBIT ? 0 : 1] += line.amount().satang();
        }
      }
    }
    addToBalances(connection, perAccount, slots, monthsToHold);
    return written;
  }

  /**
   * Writes many entries (hundreds: a chunk of an interest run) in a handful of statements: each
   * month and its accounts read once, the keys already written looked up once (those entries are
   * answered, not written again), the new entries in one multi-row insert (their ids read back by
   * key), all their lines in another, then the balances as
   * {@link #postAll} adds them. A key written by a transaction running beside this one fails the
   * whole batch on the unique key, to be run again.
   */
  public static List<Written> postMany(Connection connection, List<JournalEntry> entries) throws SQLException {
    if (entries.size() <= 1) {
      return postAll(connection, entries);
    }
    Map<Long, Integer> slots = new HashMap<>();
    Map<String, List<JournalEntry>> byPeriod = new TreeMap<>();
    for (JournalEntry entry : entries) {
      byPeriod.computeIfAbsent(periodOf(entry.date()), k -> new java.util.ArrayList<>()).add(entry);
    }
    for (List<JournalEntry> inPeriod : byPeriod.values()) {
      slots.putAll(holdOpenPeriodAndReadSlots(connection, periodOf(inPeriod.get(0).date()),
          inPeriod.stream().flatMap(e -> e.lines().stream()).map(PostingLine::accountId).distinct().toList()));
    }
    Map<String, Long> existing = new HashMap<>();
    String keys = String.join(",", java.util.Collections.nCopies(entries.size(), "?"));
    try (PreparedStatement find = connection.prepareStatement("SELECT idempotency_key, id FROM journal_entry WHERE idempotency_key IN (" + keys + ")")) {
      int i = 1;
      for (JournalEntry entry : entries) {
        find.setString(i++, entry.idempotencyKey());
      }
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          existing.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    List<JournalEntry> fresh = entries.stream().filter(e -> !existing.containsKey(e.idempotencyKey())).toList();
    Map<String, Long> ids = new HashMap<>();
    if (!fresh.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_entry (entry_date, description, source, source_ref, idempotency_key, reverses_entry_id,"
          + " total_satang, created_by) VALUES " + String.join(",", java.util.Collections.nCopies(fresh.size(), "(?,?,?,?,?,?,?,?)")))) {
        int i = 1;
        for (JournalEntry entry : fresh) {
          insert.setDate(i++, Date.valueOf(entry.date()));
          insert.setString(i++, entry.description());
          insert.setString(i++, entry.source().name());
          insert.setString(i++, entry.sourceRef());
          insert.setString(i++, entry.idempotencyKey());
          insert.setObject(i++, entry.reversesEntryId());
          insert.setLong(i++, entry.total().satang());
          insert.setString(i++, entry.createdBy());
        }
        insert.executeUpdate();
      }
      // the new ids read back by key: right whatever the server's auto-increment mode
      try (PreparedStatement find = connection.prepareStatement("SELECT idempotency_key, id FROM journal_entry WHERE idempotency_key IN ("
          + String.join(",", java.util.Collections.nCopies(fresh.size(), "?")) + ")")) {
        int i = 1;
        for (JournalEntry entry : fresh) {
          find.setString(i++, entry.idempotencyKey());
        }
        try (ResultSet rows = find.executeQuery()) {
          while (rows.next()) {
            ids.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      insertLines(connection, fresh, fresh.stream().map(e -> ids.get(e.idempotencyKey())).toList());
    }
    Map<Long, long[]> perAccount = new TreeMap<>();
    List<Written> written = new java.util.ArrayList<>();
    for (JournalEntry entry : entries) {
      Long old = existing.get(entry.idempotencyKey());
      if (old != null) {
        written.add(new Written(old, false));
      } else {
        written.add(new Written(ids.get(entry.idempotencyKey()), true));
        for (PostingLine line : entry.lines()) {
          perAccount.computeIfAbsent(line.accountId(), k -> new long[2])[line.side() == Side.DEBIT ? 0 : 1] += line.amount().satang();
        }
      }
    }
    addToBalances(connection, perAccount, slots, java.util.Set.of());
    return written;
  }

  /**
   * The entry and its lines, once per idempotency key; the balances are left to the caller. Between
   * accounts this JVM knows, nothing is read first: the entry's month goes into
   * {@code monthsToHold}, held by the balances' update.
   */
  private static Written write(Connection connection, JournalEntry entry, Map<Long, Integer> slots, java.util.Set<String> monthsToHold) throws SQLException {
    List<Long> accounts = entry.lines().stream().map(PostingLine::accountId).distinct().toList();
    try {
      if (!knownSlots(accounts, slots)) {
        slots.putAll(holdOpenPeriodAndReadSlots(connection, periodOf(entry.date()), accounts));
      } else {
        monthsToHold.add(periodOf(entry.date()));
      }
    } catch (PeriodClosed closed) {
      // a replay of an entry written before its month was closed is still answered with that entry
      Long written = findByKey(connection, entry.idempotencyKey(), false);
      if (written != null) {
        return new Written(written, false);
      }
      throw closed;
    }
    long entryId;
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO journal_entry (entry_date, description, source, source_ref, idempotency_key, reverses_entry_id, total_satang, created_by) VALUES (?,?,?,?,?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setDate(1, Date.valueOf(entry.date()));
      insert.setString(2, entry.description());
      insert.setString(3, entry.source().name());
      insert.setString(4, entry.sourceRef());
      insert.setString(5, entry.idempotencyKey());
      insert.setObject(6, entry.reversesEntryId());
      insert.setLong(7, entry.total().satang());
      insert.setString(8, entry.createdBy());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        entryId = keys.getLong(1);
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == DUPLICATE_KEY && e.getMessage() != null && e.getMessage().contains("uq_journal_idempotency")) {
        // the key was written before (or by a transaction that just committed): answer with that entry
        Long theirs = findByKey(connection, entry.idempotencyKey(), true);
        if (theirs != null) {
          return new Written(theirs, false);
        }
      }
      throw e;
    }
    insertLines(connection, List.of(entry), List.of(entryId));
    return new Written(entryId, true);
  }

  /**
   * The lines of these entries (each with its id, in the same order), numbered from 1 within each
   * entry, in one multi-row insert: a JDBC batch of the same rows cost the JVM about twice as much.
   */
  private static void insertLines(Connection connection, List<JournalEntry> entries, List<Long> entryIds) throws SQLException {
    int lineCount = entries.stream().mapToInt(e -> e.lines().size()).sum();
    try (PreparedStatement line = connection.prepareStatement("INSERT INTO journal_line (entry_id, line_no, account_id, side, amount_satang) VALUES "
        + String.join(",", java.util.Collections.nCopies(lineCount, "(?,?,?,?,?)")))) {
      int i = 1;
      for (int e = 0; e < entries.size(); e++) {
        int number = 1;
        for (PostingLine posting : entries.get(e).lines()) {
          line.setLong(i++, entryIds.get(e));
          line.setInt(i++, number++);
          line.setLong(i++, posting.accountId());
          line.setString(i++, posting.side().code());
          line.setLong(i++, posting.amount().satang());
        }
      }
      line.executeUpdate();
    }
  }

  static String periodOf(LocalDate date) {
    return PERIOD.format(date);
  }

  /** A locking read sees rows other transactions committed after this one began; a plain read may not. */
  private static Long findByKey(Connection connection, String key, boolean locking) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement("SELECT id FROM journal_entry WHERE idempotency_key = ?" + (locking ? " LOCK IN SHARE MODE" : ""))) {
      find.setString(1, key);
      try (ResultSet row = find.executeQuery()) {
        return row.next() ? row.getLong(1) : null;
      }
    }
  }

  /** Whether this JVM knows every one of these accounts' balance rows; if so they are put in {@code slots}. */
  private static boolean knownSlots(List<Long> accounts, Map<Long, Integer> slots) {
    Map<Long, Integer> known = new HashMap<>();
    for (Long account : accounts) {
      Integer count = KNOWN_SLOTS.get(account);
      if (count == null) {
        return false;
      }
      known.put(account, count);
    }
    slots.putAll(known);
    return true;
  }

  /**
   * One statement: the month, held in share mode (a close waits for this posting, and this posting
   * fails if the month is closed), with each account not known yet in share mode and its number of
   * balance rows. An account known already is not read again: its row count is fixed, and the
   * lines' foreign key takes its share lock before the balance rows are locked (LockOrder).
   */
  private static Map<Long, Integer> holdOpenPeriodAndReadSlots(Connection connection, String period, List<Long> accounts) throws SQLException {
    Map<Long, Integer> slots = new HashMap<>();
    String status = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      List<Long> unknown = new java.util.ArrayList<>();
      for (Long account : accounts) {
        Integer known = KNOWN_SLOTS.get(account);
        if (known != null) {
          slots.put(account, known);
        } else {
          unknown.add(account);
        }
      }
      if (unknown.isEmpty()) {
        try (PreparedStatement read = connection.prepareStatement("SELECT status FROM ledger_period WHERE period = ? LOCK IN SHARE MODE")) {
          read.setString(1, period);
          try (ResultSet row = read.executeQuery()) {
            status = row.next() ? row.getString(1) : null;
          }
        }
      } else {
        String placeholders = String.join(",", java.util.Collections.nCopies(unknown.size(), "?"));
        try (PreparedStatement read = connection.prepareStatement("SELECT a.id, a.balance_slots, p.status FROM ledger_account a"
            + " LEFT JOIN ledger_period p ON p.period = ? WHERE a.id IN (" + placeholders + ") LOCK IN SHARE MODE")) {
          read.setString(1, period);
          for (int i = 0; i < unknown.size(); i++) {
            read.setLong(i + 2, unknown.get(i));
          }
          try (ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
              slots.put(rows.getLong(1), rows.getInt(2));
              status = rows.getString(3);
            }
          }
        }
        if (slots.size() != accounts.size()) {
          throw new BadInput("ledger.account.unknown").on("account");
        }
        if (KNOWN_SLOTS.size() < MAX_KNOWN) {
          for (Long account : unknown) {
            KNOWN_SLOTS.put(account, slots.get(account));
          }
        }
      }
      if (status != null) {
        break;
      }
      // months are created ahead by the migrations; one outside them is opened here, once
      try (PreparedStatement open = connection.prepareStatement("INSERT IGNORE INTO ledger_period (period) VALUES (?)")) {
        open.setString(1, period);
        open.executeUpdate();
      }
    }
    if (!"OPEN".equals(status)) {
      throw new PeriodClosed(period);
    }
    return slots;
  }

  /**
   * One update for all the batch's accounts, one balance row each by primary key, rows in
   * (account, slot) order so postings never deadlock. The rows exist from the account's opening
   * (V2, V26); an update costs less than the insert-or-update it replaced.
   *
   * <p>The months not read yet ({@code monthsToHold}: every account of their entries was known) are
   * held here: the update changes nothing unless each is OPEN, and its subquery reads them in share
   * mode (InnoDB locks what an UPDATE reads, at REPEATABLE READ), so a close still waits for this
   * posting and a posting after a close changes nothing. Measured (issue 13, LedgerBenchmark): 7%
   * less CPU per posting than a read of the month of its own, in the same run. Nothing changed
   * means a month is closed or not made yet, or the rows are missing: the months are then read as
   * for a new account (a closed one refused: its entry and lines, written already, go with the
   * caller's rollback, PeriodClosed being an application exception that rolls back) and the update
   * runs again.
   */
  private static void addToBalances(Connection connection, Map<Long, long[]> perAccount, Map<Long, Integer> slots, java.util.Set<String> monthsToHold)
      throws SQLException {
    if (perAccount.isEmpty()) {
      return;
    }
    int n = perAccount.size();
    String cases = String.join(" ", java.util.Collections.nCopies(n, "WHEN ? THEN ?"));
    Map<Long, Integer> chosen = new TreeMap<>();
    String monthsOpen = monthsToHold.isEmpty() ? "" : " AND (SELECT COUNT(*) FROM ledger_period WHERE period IN ("
        + String.join(",", java.util.Collections.nCopies(monthsToHold.size(), "?")) + ") AND status = 'OPEN') = " + monthsToHold.size();
    try (PreparedStatement add = connection.prepareStatement("UPDATE account_balance SET debit_satang = debit_satang + CASE account_id " + cases + " END,"
        + " credit_satang = credit_satang + CASE account_id " + cases + " END WHERE (account_id, slot) IN ("
        + String.join(",", java.util.Collections.nCopies(n, "(?,?)")) + ")" + monthsOpen)) {
      int debit = 1;
      int credit = 1 + 2 * n;
      int key = 1 + 4 * n;
      for (Map.Entry<Long, long[]> account : perAccount.entrySet()) {
        int slot = ThreadLocalRandom.current().nextInt(slots.get(account.getKey()));
        chosen.put(account.getKey(), slot);
        add.setLong(debit++, account.getKey());
        add.setLong(debit++, account.getValue()[0]);
        add.setLong(credit++, account.getKey());
        add.setLong(credit++, account.getValue()[1]);
        add.setLong(key++, account.getKey());
        add.setInt(key++, slot);
      }
      for (String period : monthsToHold) {
        add.setString(key++, period);
      }
      int updated = add.executeUpdate();
      if (updated == n) {
        return;
      }
      if (updated == 0 && !monthsToHold.isEmpty()) {
        for (String period : monthsToHold) {
          holdOpenPeriodAndReadSlots(connection, period, List.of());
        }
        addToBalances(connection, perAccount, slots, java.util.Set.of());
        return;
      }
    }
    addMissingRows(connection, perAccount, chosen);
  }

  /**
   * The balance rows the update did not find: an account without its rows (data from before V26
   * restored, say) gets them all, and the amounts; a row count known wrongly (an account id used again after a rollback) is
   * read again, and the amounts go to a row that exists.
   */
  private static void addMissingRows(Connection connection, Map<Long, long[]> perAccount, Map<Long, Integer> chosen) throws SQLException {
    java.util.Set<Long> present = new java.util.HashSet<>();
    try (PreparedStatement find = connection.prepareStatement("SELECT account_id FROM account_balance WHERE (account_id, slot) IN ("
        + String.join(",", java.util.Collections.nCopies(chosen.size(), "(?,?)")) + ")")) {
      int i = 1;
      for (Map.Entry<Long, Integer> row : chosen.entrySet()) {
        find.setLong(i++, row.getKey());
        find.setInt(i++, row.getValue());
      }
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          present.add(rows.getLong(1));
        }
      }
    }
    try (PreparedStatement read = connection.prepareStatement("SELECT balance_slots FROM ledger_account WHERE id = ? LOCK IN SHARE MODE");
        PreparedStatement add = connection.prepareStatement("INSERT INTO account_balance (account_id, slot, debit_satang, credit_satang) VALUES (?,?,?,?)"
            + " ON DUPLICATE KEY UPDATE debit_satang = debit_satang + VALUES(debit_satang), credit_satang = credit_satang + VALUES(credit_satang)")) {
      for (Long account : chosen.keySet()) {
        if (present.contains(account)) {
          continue;
        }
        read.setLong(1, account);
        int slots;
        try (ResultSet row = read.executeQuery()) {
          if (!row.next()) {
            throw new BadInput("ledger.account.unknown").on("account");
          }
          slots = row.getInt(1);
        }
        KNOWN_SLOTS.put(account, slots);
        // all the account's rows at once, so the next posting finds whichever it picks
        try (PreparedStatement make = connection.prepareStatement("INSERT IGNORE INTO account_balance (account_id, slot) VALUES "
            + String.join(",", java.util.Collections.nCopies(slots, "(?,?)")))) {
          for (int slot = 0; slot < slots; slot++) {
            make.setLong(2 * slot + 1, account);
            make.setInt(2 * slot + 2, slot);
          }
          make.executeUpdate();
        }
        add.setLong(1, account);
        add.setInt(2, chosen.get(account) % slots);
        add.setLong(3, perAccount.get(account)[0]);
        add.setLong(4, perAccount.get(account)[1]);
        add.executeUpdate();
      }
    }
  }

  /**
   * Opens an account (and its balance rows) unless one with this code exists; returns its id.
   * Safe when two transactions open the same account at once: the code is unique.
   */
  public static long openAccount(Connection connection, String code, String nameTh, String nameEn, AccountType type, OwnerKind ownerKind, Long ownerId, int balanceSlots)
      throws SQLException {
    // nearly always the account exists: a plain read takes no lock, so a sale never holds the
    // accounts' index while it goes on to other rows (an INSERT IGNORE of an existing code would)
    try (PreparedStatement find = connection.prepareStatement("SELECT id FROM ledger_account WHERE code = ?")) {
      find.setString(1, code);
      try (ResultSet row = find.executeQuery()) {
        if (row.next()) {
          return row.getLong(1);
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT IGNORE INTO ledger_account (code, name_th, name_en, type, owner_kind, owner_id, balance_slots) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, code);
      insert.setString(2, nameTh);
      insert.setString(3, nameEn);
      insert.setString(4, type.name());
      insert.setString(5, ownerKind.name());
      insert.setObject(6, ownerId);
      insert.setInt(7, balanceSlots);
      if (insert.executeUpdate() == 1) {
        long id;
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        try (PreparedStatement slot = connection.prepareStatement("INSERT INTO account_balance (account_id, slot) VALUES (?, ?)")) {
          for (int i = 0; i < balanceSlots; i++) {
            slot.setLong(1, id);
            slot.setInt(2, i);
            slot.addBatch();
          }
          slot.executeBatch();
        }
        return id;
      }
    }
    try (PreparedStatement find = connection.prepareStatement("SELECT id FROM ledger_account WHERE code = ? LOCK IN SHARE MODE")) {
      find.setString(1, code);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("could not open ledger account " + code);
        }
        return row.getLong(1);
      }
    }
  }

  /** The id of an account of the chart, by its code, on the caller's connection. */
  public static long accountId(Connection connection, String code) throws SQLException {
    return LedgerReader.accountByCode(connection, code).orElseThrow(() -> new IllegalStateException("no ledger account " + code)).id();
  }
}
