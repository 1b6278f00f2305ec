package coop.fairshare.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of an audit run, in plain JDBC on the caller's connection and transaction: the run's
 * row locked, then a bounded piece of the proof, then the checkpoint moved, committed together.
 * First the accounts, a few hundred at a time and at most {@code lines} journal lines per step
 * (an account with more lines is summed over several steps from where the last one stopped), each
 * account's sum compared with its balance rows; then the entries, a few thousand at a time, each
 * checked to balance and match its total; last the grand totals of the balance rows. No statement
 * reads more than a step's share of the journal, whatever its size, but two: the grand totals read
 * every balance row once (as the trial balance does), and a suspected difference is confirmed over
 * all of that one account's lines. None locks a ledger row.
 *
 * <p>Postings go on while a run works. An account whose lines were read in one step and its
 * balance rows in the same transaction agree unless the books are wrong; an account summed over
 * several steps can miss a posting that committed late behind the checkpoint. Either way a
 * difference is reported only once {@link LedgerAudit#account} confirmed it in one statement.
 */
public final class AuditChunk {

  private AuditChunk() {}

  /** What a step did: accounts proven, entries checked, lines summed, and whether the run is done. */
  public record Step(int accounts, int entries, int lines, boolean finished) {}

  public static Step process(Connection c, long runId, int accountsPerStep, int linesPerStep, int entriesPerStep) throws SQLException {
    String phase;
    long lastAccount;
    Long partialAccount;
    AccountTally partial = null;
    long lastEntry;
    // LockOrder: the run's row first (two instances on one run take turns step by step); the
    // ledger's rows are only read
    try (PreparedStatement lock = c.prepareStatement("SELECT state, phase, last_account_id, partial_account_id, partial_entry_id, partial_line_id, partial_debit_satang,"
        + " partial_credit_satang, last_entry_id FROM ledger_audit_run WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, runId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next() || !"RUNNING".equals(row.getString(1))) {
          return new Step(0, 0, 0, true);
        }
        phase = row.getString(2);
        lastAccount = row.getLong(3);
        partialAccount = (Long) row.getObject(4, Long.class);
        if (partialAccount != null) {
          partial = new AccountTally(partialAccount, row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8));
        }
        lastEntry = row.getLong(9);
      }
    }
    return switch (phase) {
      case "ACCOUNTS" -> accounts(c, runId, lastAccount, partial, accountsPerStep, linesPerStep);
      case "ENTRIES" -> entries(c, runId, lastEntry, entriesPerStep);
      default -> totals(c, runId);
    };
  }

  private static Step accounts(Connection c, long runId, long lastAccount, AccountTally partial, int size, int linesPerStep) throws SQLException {
    List<Long> ids = new ArrayList<>();
    if (partial != null) {
      ids.add(partial.accountId());
    }
    try (PreparedStatement next = c.prepareStatement("SELECT id FROM ledger_account WHERE id > ? ORDER BY id LIMIT ?")) {
      next.setLong(1, partial != null ? partial.accountId() : lastAccount);
      next.setInt(2, size);
      try (ResultSet rows = next.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    if (ids.isEmpty()) {
      update(c, "UPDATE ledger_audit_run SET phase = 'ENTRIES', heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?", runId);
      return new Step(0, 0, 0, false);
    }
    Map<Long, long[]> balances = balances(c, ids);
    // in account order; an account opened behind the list's back (its insert committed late) is summed too
    Map<Long, AccountTally> tallies = new TreeMap<>();
    for (long id : ids) {
      tallies.put(id, partial != null && partial.accountId() == id ? partial : AccountTally.start(id));
    }
    int budget = linesPerStep;
    Long reachedLast = null;
    long first = ids.get(0);
    if (partial != null) {
      // the account left unfinished goes on from its checkpoint, alone: one range of its own lines
      try (PreparedStatement lines = c.prepareStatement("SELECT account_id, entry_id, id, side, amount_satang FROM journal_line WHERE account_id = ?"
          + " AND (entry_id > ? OR (entry_id = ? AND id > ?)) ORDER BY entry_id, id LIMIT ?")) {
        lines.setLong(1, partial.accountId());
        lines.setLong(2, partial.lastEntryId());
        lines.setLong(3, partial.lastEntryId());
        lines.setLong(4, partial.lastLineId());
        lines.setInt(5, budget);
        budget -= sum(lines, tallies).lines();
      }
      reachedLast = partial.accountId();
      first = partial.accountId() + 1;
    }
    if (budget > 0 && first <= ids.get(ids.size() - 1)) {
      // the others in one range of the (account, entry) index, at most the step's share of lines
      try (PreparedStatement lines = c.prepareStatement("SELECT account_id, entry_id, id, side, amount_satang FROM journal_line WHERE account_id BETWEEN ? AND ?"
          + " ORDER BY account_id, entry_id, id LIMIT ?")) {
        lines.setLong(1, first);
        lines.setLong(2, ids.get(ids.size() - 1));
        lines.setInt(3, budget);
        Read read = sum(lines, tallies);
        budget -= read.lines();
        if (read.lastAccount() != null) {
          reachedLast = read.lastAccount();
        }
      }
    }
    // with the step's share used up, the last account read may have more lines: it goes on in the
    // next step (which may find no more and prove it at once); every account before it is complete
    AccountTally unfinished = budget == 0 && reachedLast != null ? tallies.get(reachedLast) : null;
    int proven = 0;
    int off = 0;
    long last = lastAccount;
    for (AccountTally tally : tallies.values()) {
      if (unfinished != null && tally.accountId() >= unfinished.accountId()) {
        break;
      }
      long[] balance = balances.getOrDefault(tally.accountId(), new long[2]);
      if (!tally.agreesWith(balance[0], balance[1])) {
        var confirmed = LedgerAudit.account(c, tally.accountId());
        if (confirmed.isPresent()) {
          record(c, runId, confirmed.get());
          off++;
        }
      }
      proven++;
      last = tally.accountId();
    }
    try (PreparedStatement step = c.prepareStatement("UPDATE ledger_audit_run SET accounts_checked = accounts_checked + ?, lines_summed = lines_summed + ?,"
        + " accounts_off = accounts_off + ?, last_account_id = ?, partial_account_id = ?, partial_entry_id = ?, partial_line_id = ?, partial_debit_satang = ?,"
        + " partial_credit_satang = ?, heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
      step.setInt(1, proven);
      step.setLong(2, linesPerStep - budget);
      step.setInt(3, off);
      step.setLong(4, last);
      if (unfinished == null) {
        step.setNull(5, Types.BIGINT);
      } else {
        step.setLong(5, unfinished.accountId());
      }
      step.setLong(6, unfinished == null ? 0 : unfinished.lastEntryId());
      step.setLong(7, unfinished == null ? 0 : unfinished.lastLineId());
      step.setLong(8, unfinished == null ? 0 : unfinished.debits());
      step.setLong(9, unfinished == null ? 0 : unfinished.credits());
      step.setLong(10, runId);
      step.executeUpdate();
    }
    return new Step(proven, 0, linesPerStep - budget, false);
  }

  /** How many lines a read summed, and the account of the last. */
  private record Read(int lines, Long lastAccount) {}

  /** Adds the lines read to their accounts' tallies. */
  private static Read sum(PreparedStatement lines, Map<Long, AccountTally> tallies) throws SQLException {
    int read = 0;
    Long last = null;
    try (ResultSet rows = lines.executeQuery()) {
      while (rows.next()) {
        long account = rows.getLong(1);
        tallies.put(account, tallies.computeIfAbsent(account, AccountTally::start).plus(rows.getLong(2), rows.getLong(3), Side.of(rows.getString(4)), rows.getLong(5)));
        last = account;
        read++;
      }
    }
    return new Read(read, last);
  }

  /** The accounts' balance rows summed: a few rows per account (its slots), never its lines. */
  private static Map<Long, long[]> balances(Connection c, List<Long> ids) throws SQLException {
    Map<Long, long[]> sums = new HashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT account_id, SUM(debit_satang), SUM(credit_satang) FROM account_balance WHERE account_id IN ("
        + String.join(",", Collections.nCopies(ids.size(), "?")) + ") GROUP BY account_id")) {
      for (int i = 0; i < ids.size(); i++) {
        read.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          sums.put(rows.getLong(1), new long[] {rows.getLong(2), rows.getLong(3)});
        }
      }
    }
    return sums;
  }

  private static Step entries(Connection c, long runId, long lastEntry, int size) throws SQLException {
    int checked = 0;
    int off = 0;
    long last = lastEntry;
    try (PreparedStatement read = c.prepareStatement("SELECT e.id, e.total_satang, COALESCE(SUM(CASE l.side WHEN 'D' THEN l.amount_satang END), 0),"
        + " COALESCE(SUM(CASE l.side WHEN 'C' THEN l.amount_satang END), 0), COUNT(l.id)"
        + " FROM (SELECT id, total_satang FROM journal_entry WHERE id > ? ORDER BY id LIMIT ?) e LEFT JOIN journal_line l ON l.entry_id = e.id"
        + " GROUP BY e.id, e.total_satang ORDER BY e.id")) {
      read.setLong(1, lastEntry);
      read.setInt(2, size);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          long total = rows.getLong(2);
          long debits = rows.getLong(3);
          long credits = rows.getLong(4);
          int count = rows.getInt(5);
          if (debits != credits || debits != total || count < 2) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_audit_difference (run_id, entry_id, line_debit_satang, line_credit_satang,"
                + " entry_total_satang, line_count) VALUES (?, ?, ?, ?, ?, ?)")) {
              insert.setLong(1, runId);
              insert.setLong(2, id);
              insert.setLong(3, debits);
              insert.setLong(4, credits);
              insert.setLong(5, total);
              insert.setInt(6, count);
              insert.executeUpdate();
            }
            off++;
          }
          checked++;
          last = id;
        }
      }
    }
    if (checked == 0) {
      update(c, "UPDATE ledger_audit_run SET phase = 'DONE', heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?", runId);
      return new Step(0, 0, 0, false);
    }
    try (PreparedStatement step = c.prepareStatement("UPDATE ledger_audit_run SET entries_checked = entries_checked + ?, entries_off = entries_off + ?,"
        + " last_entry_id = ?, heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
      step.setInt(1, checked);
      step.setInt(2, off);
      step.setLong(3, last);
      step.setLong(4, runId);
      step.executeUpdate();
    }
    return new Step(0, checked, 0, false);
  }

  /**
   * Last, all balance rows' debits against their credits, in one read of the balances (as the trial
   * balance reads them: a few rows per account, never the lines).
   */
  private static Step totals(Connection c, long runId) throws SQLException {
    long debits;
    long credits;
    // a plain read (no lock on any balance row); an UPDATE joined to the balances would share-lock them all
    try (PreparedStatement read = c.prepareStatement("SELECT COALESCE(SUM(debit_satang), 0), COALESCE(SUM(credit_satang), 0) FROM account_balance");
        ResultSet totals = read.executeQuery()) {
      totals.next();
      debits = totals.getLong(1);
      credits = totals.getLong(2);
    }
    try (PreparedStatement done = c.prepareStatement("UPDATE ledger_audit_run SET total_debit_satang = ?, total_credit_satang = ?, state = 'DONE',"
        + " finished_at = CURRENT_TIMESTAMP(3), heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
      done.setLong(1, debits);
      done.setLong(2, credits);
      done.setLong(3, runId);
      done.executeUpdate();
    }
    return new Step(0, 0, 0, true);
  }

  private static void record(Connection c, long runId, LedgerAudit.AccountOff off) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_audit_difference (run_id, account_id, account_code, balance_debit_satang,"
        + " balance_credit_satang, line_debit_satang, line_credit_satang) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, runId);
      insert.setLong(2, off.accountId());
      insert.setString(3, off.code());
      insert.setLong(4, off.balanceDebits());
      insert.setLong(5, off.balanceCredits());
      insert.setLong(6, off.lineDebits());
      insert.setLong(7, off.lineCredits());
      insert.executeUpdate();
    }
  }

  private static void update(Connection c, String sql, long runId) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(sql)) {
      update.setLong(1, runId);
      update.executeUpdate();
    }
  }
}
