package coop.fairshare.savings;

import coop.fairshare.ledger.DailyMovements;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.JournalWriter;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.Money;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One checkpointed step of an interest run, in plain JDBC on the caller's connection and
 * transaction (the service and the benchmark run exactly this): the run's row locked, the next
 * accounts after its checkpoint, their daily balances from the ledger, one interest entry each
 * (posted in one batch), one savings line each, and the checkpoint moved — all committed together
 * or not at all. A run stopped anywhere starts again at its checkpoint; an account posted for the
 * period already (a second run, a run racing another) is skipped, and the ledger's key per account
 * and period would refuse it anyway.
 */
public final class InterestChunk {

  private InterestChunk() {}

  /** What a step did: accounts handled, interest posted, and whether the run is finished. */
  public record Step(int accounts, Money posted, boolean finished) {}

  /**
   * LockOrder: the run's row first (two instances working on one run take turns step by step), then
   * the ledger. Answers {@code finished} when there was nothing left (the run is then DONE).
   */
  public static Step process(Connection c, long runId, int size) throws SQLException {
    long productId;
    String periodText;
    long after;
    String by;
    try (PreparedStatement lock = c.prepareStatement("SELECT product_id, period, state, last_account_id, started_by FROM savings_interest_run WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, runId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next() || !"RUNNING".equals(row.getString(3))) {
          return new Step(0, Money.ZERO, true);
        }
        productId = row.getLong(1);
        periodText = row.getString(2);
        after = row.getLong(4);
        by = row.getString(5);
      }
    }
    int rateBp;
    Money minimum;
    InterestPosting posting;
    try (PreparedStatement read = c.prepareStatement("SELECT annual_rate_bp, minimum_balance_satang, interest_posting FROM savings_product WHERE id = ?")) {
      read.setLong(1, productId);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        rateBp = row.getInt(1);
        minimum = Money.ofSatang(row.getLong(2));
        posting = InterestPosting.valueOf(row.getString(3));
      }
    }
    InterestPeriod period = posting.parse(periodText);
    List<long[]> accounts = new ArrayList<>();
    try (PreparedStatement next = c.prepareStatement("SELECT id, ledger_account_id FROM savings_account WHERE product_id = ? AND id > ? AND opened_on <= ?"
        + " AND closed_on IS NULL ORDER BY id LIMIT ?")) {
      next.setLong(1, productId);
      next.setLong(2, after);
      next.setDate(3, Date.valueOf(period.last()));
      next.setInt(4, size);
      try (ResultSet rows = next.executeQuery()) {
        while (rows.next()) {
          accounts.add(new long[] {rows.getLong(1), rows.getLong(2)});
        }
      }
    }
    if (accounts.isEmpty()) {
      try (PreparedStatement done = c.prepareStatement("UPDATE savings_interest_run SET state = 'DONE', accounts = done, finished_at = CURRENT_TIMESTAMP(3),"
          + " heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
        done.setLong(1, runId);
        done.executeUpdate();
      }
      return new Step(0, Money.ZERO, true);
    }
    Set<Long> posted = alreadyPosted(c, accounts, periodText);
    Map<Long, DailyMovements> movements = DailyMovements.read(c, accounts.stream().map(a -> a[1]).toList(), period.first(), period.last());
    long expense = JournalWriter.accountId(c, LedgerAccounts.SAVINGS_INTEREST);
    List<JournalEntry> entries = new ArrayList<>();
    List<long[]> lines = new ArrayList<>();
    Money total = Money.ZERO;
    for (long[] account : accounts) {
      if (posted.contains(account[0])) {
        continue;
      }
      DailyMovements m = movements.get(account[1]);
      List<SavingsMovement> moves = m.byDay().entrySet().stream().map(e -> new SavingsMovement(e.getKey(), e.getValue())).toList();
      Money interest = DailyBalanceInterest.interest(period, m.opening(), moves, rateBp, minimum);
      if (interest.isPositive()) {
        String number = SavingsAccount.numberOf(account[0]);
        entries.add(new JournalEntry(period.last(), "Interest " + periodText + " " + number, EntrySource.SAVINGS, number, "savings-interest-" + account[0] + "-" + periodText,
            null, by, List.of(PostingLine.debit(expense, interest), PostingLine.credit(account[1], interest))));
        lines.add(new long[] {account[0], interest.satang()});
        total = total.plus(interest);
      }
    }
    List<JournalWriter.Written> written = JournalWriter.postMany(c, entries);
    record(c, lines, written, period.last(), periodText, by);
    long last = accounts.get(accounts.size() - 1)[0];
    try (PreparedStatement step = c.prepareStatement("UPDATE savings_interest_run SET done = done + ?, accounts = GREATEST(accounts, done), posted_satang = posted_satang + ?,"
        + " last_account_id = ?, heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
      step.setInt(1, accounts.size());
      step.setLong(2, total.satang());
      step.setLong(3, last);
      step.setLong(4, runId);
      step.executeUpdate();
    }
    return new Step(accounts.size(), total, false);
  }

  private static Set<Long> alreadyPosted(Connection c, List<long[]> accounts, String period) throws SQLException {
    Set<Long> posted = new HashSet<>();
    try (PreparedStatement read = c.prepareStatement("SELECT account_id FROM savings_transaction WHERE interest_period = ? AND account_id IN ("
        + String.join(",", java.util.Collections.nCopies(accounts.size(), "?")) + ")")) {
      read.setString(1, period);
      int i = 2;
      for (long[] a : accounts) {
        read.setLong(i++, a[0]);
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          posted.add(rows.getLong(1));
        }
      }
    }
    return posted;
  }

  private static void record(Connection c, List<long[]> lines, List<JournalWriter.Written> written, LocalDate on, String period, String by) throws SQLException {
    if (lines.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO savings_transaction (account_id, kind, amount_satang, value_date, interest_period, journal_entry_id,"
        + " created_by) VALUES " + String.join(",", java.util.Collections.nCopies(lines.size(), "(?,'INTEREST',?,?,?,?,?)")))) {
      int i = 1;
      for (int n = 0; n < lines.size(); n++) {
        insert.setLong(i++, lines.get(n)[0]);
        insert.setLong(i++, lines.get(n)[1]);
        insert.setDate(i++, Date.valueOf(on));
        insert.setString(i++, period);
        insert.setLong(i++, written.get(n).entryId());
        insert.setString(i++, by);
      }
      insert.executeUpdate();
    }
  }
}
