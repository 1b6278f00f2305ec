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
 * services and the benchmark post exactly the same way, in four statements: the entry's month in
 * share mode with the accounts' balance-row counts (a month being closed waits for postings in
 * flight, then refuses new ones); the entry, once per idempotency key; its lines in one batch; and
 * the amounts added to one randomly chosen balance row of each account, in account order so two
 * postings never deadlock. Several entries of one transaction are written as one batch
 * ({@link #postAll}), their balance rows still locked in one ascending sweep.
 */
public final class JournalWriter {

  private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final int DUPLICATE_KEY = 1062;

  private JournalWriter() {}

  /** The outcome: the entry's id, and whether this call wrote it or found it already written. */
  public record Written(long entryId, boolean isNew) {}

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
    Map<Long, long[]> perAccount = new TreeMap<>();
    for (JournalEntry entry : entries) {
      Written one = write(connection, entry, slots);
      written.add(one);
      if (one.isNew()) {
        for (PostingLine line : entry.lines()) {
          perAccount.computeIfAbsent(line.accountId(), k -> new long[2])[line.side() == Side.DEBIT ? 0 : 1] += line.amount().satang();
        }
      }
    }
    addToBalances(connection, perAccount, slots);
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
      slots.putAll(holdOpenPeriodAndReadSlots(connection, inPeriod.get(0).date(),
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
      int lineCount = fresh.stream().mapToInt(e -> e.lines().size()).sum();
      try (PreparedStatement line = connection.prepareStatement("INSERT INTO journal_line (entry_id, line_no, account_id, side, amount_satang) VALUES "
          + String.join(",", java.util.Collections.nCopies(lineCount, "(?,?,?,?,?)")))) {
        int i = 1;
        for (JournalEntry entry : fresh) {
          long entryId = ids.get(entry.idempotencyKey());
          int number = 1;
          for (PostingLine posting : entry.lines()) {
            line.setLong(i++, entryId);
            line.setInt(i++, number++);
            line.setLong(i++, posting.accountId());
            line.setString(i++, posting.side().code());
            line.setLong(i++, posting.amount().satang());
          }
        }
        line.executeUpdate();
      }
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
    addToBalances(connection, perAccount, slots);
    return written;
  }

  /** The entry and its lines, once per idempotency key; the balances are left to the caller. */
  private static Written write(Connection connection, JournalEntry entry, Map<Long, Integer> slots) throws SQLException {
    try {
      slots.putAll(holdOpenPeriodAndReadSlots(connection, entry.date(), entry.lines().stream().map(PostingLine::accountId).distinct().toList()));
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
    try (PreparedStatement line = connection.prepareStatement("INSERT INTO journal_line (entry_id, line_no, account_id, side, amount_satang) VALUES (?,?,?,?,?)")) {
      int number = 1;
      for (PostingLine posting : entry.lines()) {
        line.setLong(1, entryId);
        line.setInt(2, number++);
        line.setLong(3, posting.accountId());
        line.setString(4, posting.side().code());
        line.setLong(5, posting.amount().satang());
        line.addBatch();
      }
      line.executeBatch();
    }
    return new Written(entryId, true);
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

  /**
   * One statement: the entry's month, held in share mode (a close waits for this posting, and this
   * posting fails if the month is closed), and each account's number of balance rows.
   */
  private static Map<Long, Integer> holdOpenPeriodAndReadSlots(Connection connection, LocalDate date, List<Long> accounts) throws SQLException {
    String period = periodOf(date);
    Map<Long, Integer> slots = new HashMap<>();
    String status = null;
    String placeholders = String.join(",", java.util.Collections.nCopies(accounts.size(), "?"));
    for (int attempt = 0; attempt < 2; attempt++) {
      try (PreparedStatement read = connection.prepareStatement("SELECT a.id, a.balance_slots, p.status FROM ledger_account a"
          + " LEFT JOIN ledger_period p ON p.period = ? WHERE a.id IN (" + placeholders + ") LOCK IN SHARE MODE")) {
        read.setString(1, period);
        for (int i = 0; i < accounts.size(); i++) {
          read.setLong(i + 2, accounts.get(i));
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

  /** One statement for all the batch's accounts, rows in account order so postings never deadlock. */
  private static void addToBalances(Connection connection, Map<Long, long[]> perAccount, Map<Long, Integer> slots) throws SQLException {
    if (perAccount.isEmpty()) {
      return;
    }
    String rows = String.join(",", java.util.Collections.nCopies(perAccount.size(), "(?,?,?,?)"));
    // the rows exist from the account's opening, so this only ever adds to them
    try (PreparedStatement add = connection.prepareStatement("INSERT INTO account_balance (account_id, slot, debit_satang, credit_satang) VALUES " + rows
        + " ON DUPLICATE KEY UPDATE debit_satang = debit_satang + VALUES(debit_satang), credit_satang = credit_satang + VALUES(credit_satang)")) {
      int i = 1;
      for (Map.Entry<Long, long[]> account : perAccount.entrySet()) {
        add.setLong(i++, account.getKey());
        add.setInt(i++, ThreadLocalRandom.current().nextInt(slots.get(account.getKey())));
        add.setLong(i++, account.getValue()[0]);
        add.setLong(i++, account.getValue()[1]);
      }
      add.executeUpdate();
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
