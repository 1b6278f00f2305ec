package coop.fairshare.ledger;

import coop.fairshare.shared.CodeSeek;
import coop.fairshare.shared.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads accounts, balances and entries with plain JDBC; nothing here writes. */
final class LedgerReader {

  private static final String ACCOUNT_COLUMNS = "a.id, a.code, a.name_th, a.name_en, a.type, a.owner_kind, a.owner_id, a.balance_slots";

  private LedgerReader() {}

  /**
   * A page of every account by code, with its totals: the accounts' ids from the code index
   * ({@code size} + 1 of them, to tell whether more follow), then their balance rows by key.
   */
  static List<AccountBalance> balancesPage(Connection c, int page, int size) throws SQLException {
    List<AccountBalance> balances = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + ", SUM(b.debit_satang), SUM(b.credit_satang)"
        + " FROM (SELECT id FROM ledger_account ORDER BY code LIMIT ? OFFSET ?) p JOIN ledger_account a ON a.id = p.id"
        + " JOIN account_balance b ON b.account_id = a.id GROUP BY a.id ORDER BY a.code")) {
      read.setInt(1, size + 1);
      read.setLong(2, (long) page * size);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          balances.add(new AccountBalance(account(rows), Money.ofSatang(rows.getLong(9)), Money.ofSatang(rows.getLong(10))));
        }
      }
    }
    return balances;
  }

  /** One account's balance: at most 64 rows read by primary key, however many lines it has. */
  static Optional<AccountBalance> balance(Connection c, long accountId) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + ", SUM(b.debit_satang), SUM(b.credit_satang)"
        + " FROM ledger_account a JOIN account_balance b ON b.account_id = a.id WHERE a.id = ? GROUP BY a.id")) {
      read.setLong(1, accountId);
      try (ResultSet rows = read.executeQuery()) {
        return rows.next() ? Optional.of(new AccountBalance(account(rows), Money.ofSatang(rows.getLong(9)), Money.ofSatang(rows.getLong(10)))) : Optional.empty();
      }
    }
  }

  /**
   * An account by its code. Accounts are never deleted, so one this transaction's snapshot does not
   * show may have been opened since by a sale running beside it: then it is read again as it is
   * now (a locking read on the code's one index entry).
   */
  static Optional<LedgerAccount> accountByCode(Connection c, String code) throws SQLException {
    Optional<LedgerAccount> seen = accountWhere(c, "a.code = ?", code, false);
    return seen.isPresent() ? seen : accountWhere(c, "a.code = ?", code, true);
  }

  private static Optional<LedgerAccount> accountWhere(Connection c, String condition, Object value, boolean current) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account a WHERE " + condition + (current ? " LOCK IN SHARE MODE" : ""))) {
      read.setObject(1, value);
      try (ResultSet rows = read.executeQuery()) {
        return rows.next() ? Optional.of(account(rows)) : Optional.empty();
      }
    }
  }

  /**
   * The chart as a treasurer reads it: the cooperative's own accounts one by one, and the accounts
   * the ledger opens for members and groups (a million at national scale) as one control line. The
   * control line's balance needs none of their rows: every entry balances, so together they stand at
   * the opposite of the own accounts (whether each member's rows agree with her lines is the
   * audit's question). A few dozen balance rows read by key, however many members there are.
   */
  static List<AccountBalance> chartSummary(Connection c) throws SQLException {
    List<AccountBalance> balances = new ArrayList<>();
    long debits = 0;
    long credits = 0;
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + ", SUM(b.debit_satang), SUM(b.credit_satang)"
        + " FROM ledger_account a JOIN account_balance b ON b.account_id = a.id WHERE a.owner_kind = 'NONE' GROUP BY a.id ORDER BY a.code");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        balances.add(new AccountBalance(account(rows), Money.ofSatang(rows.getLong(9)), Money.ofSatang(rows.getLong(10))));
        debits += rows.getLong(9);
        credits += rows.getLong(10);
      }
    }
    boolean anyOwned;
    try (PreparedStatement read = c.prepareStatement("SELECT 1 FROM ledger_account WHERE owner_kind <> 'NONE' LIMIT 1"); ResultSet rows = read.executeQuery()) {
      anyOwned = rows.next();
    }
    if (anyOwned) {
      // an id below zero, which no account has: the line is no account of its own
      LedgerAccount control = new LedgerAccount(-1, MEMBERS_AND_GROUPS, "บัญชีของสมาชิกและกลุ่ม (รวมกัน)", "Accounts of members and groups (together)",
          AccountType.LIABILITY, OwnerKind.MEMBER, null, 1);
      long owedToThem = debits - credits;
      balances.add(new AccountBalance(control, Money.ofSatang(Math.max(0, -owedToThem)), Money.ofSatang(Math.max(0, owedToThem))));
    }
    return balances;
  }

  /** The code the chart shows on its control line for members' and groups' accounts. */
  static final String MEMBERS_AND_GROUPS = "2xxx-*";

  /** The cooperative's own accounts (not those opened for each member or group), by code. */
  static List<LedgerAccount> ownAccounts(Connection c) throws SQLException {
    List<LedgerAccount> accounts = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account a WHERE a.owner_kind = 'NONE' ORDER BY a.code");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        accounts.add(account(rows));
      }
    }
    return accounts;
  }

  static Optional<LedgerAccount> accountById(Connection c, long id) throws SQLException {
    return accountWhere(c, "a.id = ?", id, false);
  }

  static List<PostedEntry> entries(Connection c, JournalQuery query) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT e.id FROM journal_entry e WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (query.accountId() != null && fewLines(c, query.accountId())) {
      // an account with few lines (a member's, a group's): its lines' index names its entries, so
      // the entries are not walked newest first looking for them (millions, at national scale)
      sql = new StringBuilder("SELECT e.id FROM journal_entry e JOIN (SELECT DISTINCT entry_id FROM journal_line WHERE account_id = ?) l ON l.entry_id = e.id WHERE 1 = 1");
      parameters.add(query.accountId());
    } else if (query.accountId() != null) {
      // a busy account (a fund, the bank): walking the entries newest first meets its lines soon
      sql.append(" AND EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id = e.id AND l.account_id = ?)");
      parameters.add(query.accountId());
    }
    if (query.from() != null) {
      sql.append(" AND e.entry_date >= ?");
      parameters.add(java.sql.Date.valueOf(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND e.entry_date <= ?");
      parameters.add(java.sql.Date.valueOf(query.to()));
    }
    if (query.source() != null) {
      sql.append(" AND e.source = ?");
      parameters.add(query.source().name());
    }
    sql.append(" ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?");
    parameters.add(query.size() + 1);
    parameters.add((long) query.page() * query.size());
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        read.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return entries(c, ids);
  }

  /** Lines an account may have for its journal to be read through its lines' index: a bounded sort. */
  static final int FEW_LINES = 5_000;

  /** Whether the account has fewer than {@link #FEW_LINES} lines: at most that many index entries read. */
  private static boolean fewLines(Connection c, long accountId) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM journal_line WHERE account_id = ? LIMIT " + FEW_LINES + ") x")) {
      read.setLong(1, accountId);
      try (ResultSet rows = read.executeQuery()) {
        rows.next();
        return rows.getLong(1) < FEW_LINES;
      }
    }
  }

  static Optional<PostedEntry> entry(Connection c, long id) throws SQLException {
    return entries(c, List.of(id)).stream().findFirst();
  }

  /**
   * The entries with these ids, in the order given (ids not found are left out): their lines in
   * one statement and their headings in another, however many there are (a journal page read
   * entry by entry cost two statements an entry).
   */
  static List<PostedEntry> entries(Connection c, List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
    java.util.Map<Long, List<PostedEntry.Line>> lines = new java.util.HashMap<>();
    // a line's account opened after this transaction's snapshot (by a sale beside it) is read as it is now
    try (PreparedStatement read = c.prepareStatement("SELECT l.line_no, l.side, l.amount_satang, " + ACCOUNT_COLUMNS + ", l.account_id, l.entry_id"
        + " FROM journal_line l LEFT JOIN ledger_account a ON a.id = l.account_id WHERE l.entry_id IN (" + in + ") ORDER BY l.entry_id, l.line_no")) {
      for (int i = 0; i < ids.size(); i++) {
        read.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          long accountId = rows.getLong(12);
          LedgerAccount account = rows.getObject(4) != null ? accountAt(rows, 4) : accountWhere(c, "a.id = ?", accountId, true).orElseThrow();
          lines.computeIfAbsent(rows.getLong(13), e -> new ArrayList<>())
              .add(new PostedEntry.Line(rows.getInt(1), account, Side.of(rows.getString(2)), Money.ofSatang(rows.getLong(3))));
        }
      }
    }
    java.util.Map<Long, PostedEntry> found = new java.util.HashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT e.id, e.entry_date, e.description, e.source, e.source_ref, e.idempotency_key, e.reverses_entry_id,"
        + " (SELECT r.id FROM journal_entry r WHERE r.reverses_entry_id = e.id), e.total_satang, e.created_by, e.created_at FROM journal_entry e WHERE e.id IN (" + in + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        read.setLong(i + 1, ids.get(i));
      }
      try (ResultSet row = read.executeQuery()) {
        while (row.next()) {
          long id = row.getLong(1);
          found.put(id, new PostedEntry(id, row.getDate(2).toLocalDate(), row.getString(3), EntrySource.valueOf(row.getString(4)), row.getString(5), row.getString(6),
              longOrNull(row, 7), longOrNull(row, 8), Money.ofSatang(row.getLong(9)), row.getString(10), row.getTimestamp(11).toInstant(),
              lines.getOrDefault(id, List.of())));
        }
      }
    }
    List<PostedEntry> entries = new ArrayList<>(found.size());
    for (long id : ids) {
      PostedEntry entry = found.get(id);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  static Optional<Long> entryIdByKey(Connection c, String idempotencyKey) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT id FROM journal_entry WHERE idempotency_key = ?")) {
      read.setString(1, idempotencyKey);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  static List<OwnerEarning> saleEarnings(Connection c, long groupId, Collection<Long> makerIds, LocalDate from, LocalDate to) throws SQLException {
    StringBuilder owners = new StringBuilder("(a.owner_kind = 'GROUP' AND a.owner_id = ?)");
    if (!makerIds.isEmpty()) {
      owners.append(" OR (a.owner_kind = 'MEMBER' AND a.owner_id IN (").append(String.join(", ", Collections.nCopies(makerIds.size(), "?"))).append("))");
    }
    List<OwnerEarning> earnings = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement("SELECT a.code, a.owner_id, SUM(CASE WHEN l.side = 'C' THEN l.amount_satang ELSE -l.amount_satang END)"
        + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id"
        + " LEFT JOIN journal_entry r ON r.id = e.reverses_entry_id"
        // a refund takes back shares of a sale (EntrySource.REFUND), as a reversal of one did
        + " WHERE (e.source IN ('SALE', 'REFUND') OR (e.source = 'REVERSAL' AND r.source = 'SALE')) AND e.entry_date BETWEEN ? AND ?"
        + " AND (" + owners + ") GROUP BY a.id, a.code, a.owner_id")) {
      int p = 1;
      read.setDate(p++, java.sql.Date.valueOf(from));
      read.setDate(p++, java.sql.Date.valueOf(to));
      read.setLong(p++, groupId);
      for (long maker : makerIds) {
        read.setLong(p++, maker);
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          String code = rows.getString(1);
          OwnedAccount purpose = OwnedAccount.of(code).orElseThrow(() -> new IllegalStateException("not an owned account: " + code));
          earnings.add(new OwnerEarning(purpose, rows.getLong(2), Money.ofSatang(rows.getLong(3))));
        }
      }
    }
    return earnings;
  }

  static Set<Long> standingEntries(Connection c, Collection<Long> entryIds, LocalDate from, LocalDate to) throws SQLException {
    Set<Long> standing = new HashSet<>();
    List<Long> ids = new ArrayList<>(entryIds);
    for (int start = 0; start < ids.size(); start += 500) {
      List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
      try (PreparedStatement read = c.prepareStatement("SELECT e.id FROM journal_entry e WHERE e.id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
          + " AND e.entry_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)")) {
        int p = 1;
        for (long id : chunk) {
          read.setLong(p++, id);
        }
        read.setDate(p++, java.sql.Date.valueOf(from));
        read.setDate(p, java.sql.Date.valueOf(to));
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            standing.add(rows.getLong(1));
          }
        }
      }
    }
    return standing;
  }

  /**
   * The lines of the payable accounts the cooperative pays out (makers' and groups'), oldest first,
   * optionally only a group's and its makers': every payable account opened, even one with no line.
   */
  static java.util.Map<LedgerAccount, List<PayableAgeing.Movement>> payableMovements(Connection c, Long groupId, Collection<Long> makerIds) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(paidOutCodes("", parameters));
    if (groupId != null) {
      where.append(" AND ((a.owner_kind = 'GROUP' AND a.owner_id = ?)");
      parameters.add(groupId);
      if (!makerIds.isEmpty()) {
        where.append(" OR (a.owner_kind = 'MEMBER' AND a.owner_id IN (").append(String.join(", ", Collections.nCopies(makerIds.size(), "?"))).append("))");
        parameters.addAll(makerIds);
      }
      where.append(")");
    }
    return payableMovements(c, where.toString(), parameters);
  }

  /** The lines of these payable accounts (a page of them), as {@link #payableMovements(Connection, Long, Collection)} reads them. */
  static java.util.Map<LedgerAccount, List<PayableAgeing.Movement>> payableMovements(Connection c, Collection<Long> accountIds) throws SQLException {
    if (accountIds.isEmpty()) {
      return java.util.Map.of();
    }
    List<Object> parameters = new ArrayList<>();
    String where = paidOutCodes("", parameters) + " AND a.id IN (" + String.join(", ", Collections.nCopies(accountIds.size(), "?")) + ")";
    parameters.addAll(accountIds);
    return payableMovements(c, where, parameters);
  }

  /**
   * One page of the payable accounts owed something now or paid out between two days, by code,
   * whose owner's code (a group's code, a member's number) starts with {@code ownerCode} when one
   * is given. Picked by the accounts' balance rows and their payout lines of those days, read
   * account by account in code order until the page is full: a page costs the same however many
   * accounts the network has. One more than the page is answered when another page follows (when
   * seeking before a code: when another page precedes, the nearest first). At a page number with
   * no code to seek from, the accounts before it are walked to reach it (a deep page costs more).
   */
  static List<Long> payablesOwedOrPaid(Connection c, String ownerCode, LocalDate paidFrom, LocalDate paidTo, CodeSeek seek, int first, int size)
      throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = paidOutCodes(ownerCode == null ? "" : ownerCode.strip().toUpperCase(java.util.Locale.ROOT), parameters);
    if (seek.after() != null) {
      where += " AND a.code > ?";
      parameters.add(seek.after());
    } else if (seek.before() != null) {
      where += " AND a.code < ?";
      parameters.add(seek.before());
    }
    parameters.add(java.sql.Date.valueOf(paidFrom));
    parameters.add(java.sql.Date.valueOf(paidTo));
    parameters.add(size + 1);
    parameters.add(seek.positioned() ? 0 : first);
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement("SELECT a.id FROM ledger_account a WHERE " + where
        + " AND ((SELECT SUM(b.credit_satang - b.debit_satang) FROM account_balance b WHERE b.account_id = a.id) > 0"
        + " OR EXISTS (SELECT 1 FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = a.id AND l.side = 'D'"
        + " AND e.source = '" + EntrySource.PAYMENT.name() + "' AND e.entry_date BETWEEN ? AND ?))"
        + " ORDER BY a.code" + (seek.before() != null ? " DESC" : "") + " LIMIT ? OFFSET ?")) {
      for (int i = 0; i < parameters.size(); i++) {
        read.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /** The accounts paid out to their owners, by their codes' prefixes (each an index range), whose owner's code starts so. */
  /**
   * What each maker's and group's payable account owes for sales up to a day, where it owes
   * something, by code: its balance (the kept balance rows) less its credits dated after that day.
   * That is its credits up to the day less every debit, as {@link PayableAgeing#owedUpTo} counts
   * from every line, without reading the lines before the day: a national payout proposal reads
   * 110,000 accounts' balance rows and the last days' lines, not two million lines. An account whose
   * balance is not above zero owes nothing whatever was credited later.
   */
  static java.util.Map<LedgerAccount, Money> payablesOwedUpTo(Connection c, LocalDate upTo) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = paidOutCodes("", parameters);
    java.util.Map<LedgerAccount, Money> owed = new java.util.LinkedHashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + ", owing.balance FROM (SELECT b.account_id, SUM(b.credit_satang - b.debit_satang) AS balance"
        + " FROM ledger_account a JOIN account_balance b ON b.account_id = a.id WHERE " + where + " GROUP BY b.account_id) owing"
        + " JOIN ledger_account a ON a.id = owing.account_id WHERE owing.balance > 0 ORDER BY a.code")) {
      for (int i = 0; i < parameters.size(); i++) {
        read.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          owed.put(account(rows), Money.ofSatang(rows.getLong(9)));
        }
      }
    }
    java.util.Map<Long, Long> later = new java.util.HashMap<>();
    parameters.add(0, java.sql.Date.valueOf(upTo));
    try (PreparedStatement read = c.prepareStatement("SELECT l.account_id, SUM(l.amount_satang) FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
        + " JOIN ledger_account a ON a.id = l.account_id WHERE e.entry_date > ? AND l.side = 'C' AND " + where + " GROUP BY l.account_id")) {
      for (int i = 0; i < parameters.size(); i++) {
        read.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          later.put(rows.getLong(1), rows.getLong(2));
        }
      }
    }
    owed.replaceAll((account, balance) -> balance.minus(Money.ofSatang(later.getOrDefault(account.id(), 0L))));
    owed.values().removeIf(m -> !m.isPositive());
    return owed;
  }

  private static String paidOutCodes(String ownerCodeStart, List<Object> parameters) {
    String start = coop.fairshare.shared.persistence.Like.literal(ownerCodeStart);
    List<String> prefixes = java.util.Arrays.stream(OwnedAccount.values()).filter(OwnedAccount::paidOut).map(p -> p.prefix() + start + "%").toList();
    parameters.addAll(prefixes);
    return "(" + String.join(" OR ", Collections.nCopies(prefixes.size(), "a.code LIKE ?")) + ")";
  }

  private static java.util.Map<LedgerAccount, List<PayableAgeing.Movement>> payableMovements(Connection c, String where, List<Object> parameters) throws SQLException {
    java.util.Map<LedgerAccount, List<PayableAgeing.Movement>> movements = new java.util.LinkedHashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + ", e.id, e.entry_date, l.side, l.amount_satang, e.source,"
        // a refund (EntrySource.REFUND) names the sale it gives back by its source reference: it takes back that sale's share, as a reversal would
        + " COALESCE(e.reverses_entry_id, CASE WHEN e.source = 'REFUND' THEN (SELECT s.id FROM journal_entry s WHERE s.source = 'SALE' AND s.source_ref = e.source_ref LIMIT 1) END)"
        + " FROM ledger_account a LEFT JOIN journal_line l ON l.account_id = a.id LEFT JOIN journal_entry e ON e.id = l.entry_id"
        + " WHERE " + where + " ORDER BY a.code, e.entry_date, e.id")) {
      for (int i = 0; i < parameters.size(); i++) {
        read.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        LedgerAccount account = null;
        List<PayableAgeing.Movement> lines = null;
        while (rows.next()) {
          // an account's lines come together (by code): its account is read and hashed once, not
          // once a line (a national page of group accounts: some 5,000 lines, an eighth of the page's CPU)
          if (account == null || account.id() != rows.getLong(1)) {
            account = account(rows);
            lines = movements.computeIfAbsent(account, a -> new ArrayList<>());
          }
          if (rows.getObject(9) != null) {
            // a payout is the cooperative's PAYMENT debiting the payable; a refund is a reversal
            Side side = Side.of(rows.getString(11));
            lines.add(new PayableAgeing.Movement(rows.getLong(9), rows.getDate(10).toLocalDate(), side, Money.ofSatang(rows.getLong(12)),
                side == Side.DEBIT && EntrySource.PAYMENT.name().equals(rows.getString(13)), longOrNull(rows, 14)));
          }
        }
      }
    }
    return movements;
  }

  /** Months up to the current one, from the first posting on, and every closed month (months are created years ahead). */
  /** The ledger's first month: its calendar starts there (the migrations open the months from it). */
  static java.util.Optional<java.time.YearMonth> firstMonth(Connection c) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT MIN(period) FROM ledger_period"); ResultSet rows = read.executeQuery()) {
      return rows.next() && rows.getString(1) != null ? java.util.Optional.of(java.time.YearMonth.parse(rows.getString(1))) : java.util.Optional.empty();
    }
  }

  static List<LedgerPeriod> periods(Connection c, String currentPeriod) throws SQLException {
    List<LedgerPeriod> periods = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement("SELECT period, status, closed_by, closed_at FROM ledger_period WHERE period <= ?"
        + " AND (status = 'CLOSED' OR period >= COALESCE((SELECT DATE_FORMAT(MIN(entry_date), '%Y-%m') FROM journal_entry), ?)) ORDER BY period DESC")) {
      read.setString(1, currentPeriod);
      read.setString(2, currentPeriod);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          periods.add(new LedgerPeriod(rows.getString(1), "CLOSED".equals(rows.getString(2)), rows.getString(3), rows.getTimestamp(4) == null ? null : rows.getTimestamp(4).toInstant()));
        }
      }
    }
    return periods;
  }

  /** What each entry did to one account, oldest first (by date, then entry), on the account's normal side. */
  static List<AccountLine> accountLines(Connection c, long accountId) throws SQLException {
    List<AccountLine> lines = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement("SELECT e.id, e.entry_date, e.source, e.description,"
        + " SUM(CASE WHEN l.side = 'C' THEN l.amount_satang ELSE -l.amount_satang END), a.type"
        + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id"
        + " WHERE l.account_id = ? GROUP BY e.id, e.entry_date, e.source, e.description, a.type ORDER BY e.entry_date, e.id")) {
      read.setLong(1, accountId);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          long credit = rows.getLong(5);
          long normal = AccountType.valueOf(rows.getString(6)).growsWithDebits() ? -credit : credit;
          lines.add(new AccountLine(rows.getLong(1), rows.getDate(2).toLocalDate(), EntrySource.valueOf(rows.getString(3)), rows.getString(4), Money.ofSatang(normal)));
        }
      }
    }
    return lines;
  }

  /** Credits less debits of each account asked for (a liability's balance); accounts with no row are left out. */
  static java.util.Map<Long, Money> creditBalances(Connection c, Collection<Long> accountIds) throws SQLException {
    java.util.Map<Long, Money> balances = new java.util.HashMap<>();
    if (accountIds.isEmpty()) {
      return balances;
    }
    try (PreparedStatement read = c.prepareStatement("SELECT account_id, SUM(credit_satang) - SUM(debit_satang) FROM account_balance WHERE account_id IN ("
        + placeholders(accountIds.size()) + ") GROUP BY account_id")) {
      bind(read, 1, accountIds);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          balances.put(rows.getLong(1), Money.ofSatang(rows.getLong(2)));
        }
      }
    }
    return balances;
  }

  /**
   * For liability accounts: the balance before {@code from} and what each day from {@code from} to
   * {@code to} added, credits less debits. Two grouped reads for any number of accounts.
   */
  static java.util.Map<Long, DailyMovements> dailyMovements(Connection c, Collection<Long> accountIds, LocalDate from, LocalDate to) throws SQLException {
    java.util.Map<Long, Money> opening = new java.util.HashMap<>();
    java.util.Map<Long, java.util.SortedMap<LocalDate, Money>> days = new java.util.HashMap<>();
    if (!accountIds.isEmpty()) {
      String signed = "SUM(CASE WHEN l.side = 'C' THEN l.amount_satang ELSE -l.amount_satang END)";
      try (PreparedStatement read = c.prepareStatement("SELECT l.account_id, " + signed + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
          + " WHERE l.account_id IN (" + placeholders(accountIds.size()) + ") AND e.entry_date < ? GROUP BY l.account_id")) {
        int next = bind(read, 1, accountIds);
        read.setDate(next, java.sql.Date.valueOf(from));
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            opening.put(rows.getLong(1), Money.ofSatang(rows.getLong(2)));
          }
        }
      }
      try (PreparedStatement read = c.prepareStatement("SELECT l.account_id, e.entry_date, " + signed + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
          + " WHERE l.account_id IN (" + placeholders(accountIds.size()) + ") AND e.entry_date BETWEEN ? AND ? GROUP BY l.account_id, e.entry_date")) {
        int next = bind(read, 1, accountIds);
        read.setDate(next, java.sql.Date.valueOf(from));
        read.setDate(next + 1, java.sql.Date.valueOf(to));
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            days.computeIfAbsent(rows.getLong(1), k -> new java.util.TreeMap<>()).put(rows.getDate(2).toLocalDate(), Money.ofSatang(rows.getLong(3)));
          }
        }
      }
    }
    java.util.Map<Long, DailyMovements> movements = new java.util.HashMap<>();
    for (Long id : accountIds) {
      movements.put(id, new DailyMovements(id, opening.getOrDefault(id, Money.ZERO), days.getOrDefault(id, new java.util.TreeMap<>())));
    }
    return movements;
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static int bind(PreparedStatement statement, int first, Collection<Long> ids) throws SQLException {
    int i = first;
    for (Long id : ids) {
      statement.setLong(i++, id);
    }
    return i;
  }

  private static LedgerAccount account(ResultSet rows) throws SQLException {
    return accountAt(rows, 1);
  }

  private static LedgerAccount accountAt(ResultSet rows, int first) throws SQLException {
    return new LedgerAccount(rows.getLong(first), rows.getString(first + 1), rows.getString(first + 2), rows.getString(first + 3),
        AccountType.valueOf(rows.getString(first + 4)), OwnerKind.valueOf(rows.getString(first + 5)), longOrNull(rows, first + 6), rows.getInt(first + 7));
  }

  /**
   * A nullable number column. Not {@code getObject(i, Long.class)}: Payara's pooled result set
   * looks that JDBC 4.1 method up by reflection on every call (a few percent of a journal view).
   */
  private static Long longOrNull(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }
}
