package coop.fairshare.ledger;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves the books from the lines themselves: every account's balance rows add up to its lines,
 * every entry's lines balance and match its total, and all debits equal all credits. {@link #run}
 * does it all at once in a few statements that read the whole journal (for tests, benchmarks and
 * scripts on books of any size that can wait); treasurers start an {@link AuditRun}, which proves
 * the same in short steps ({@link AuditChunk}) and keeps its result.
 */
public final class LedgerAudit {

  private LedgerAudit() {}

  /** What the audit found; clean when both lists are empty and the totals agree. */
  public record Findings(List<String> accountsOff, List<Long> entriesOff, long totalDebits, long totalCredits) implements Serializable {

    public boolean clean() {
      return accountsOff.isEmpty() && entriesOff.isEmpty() && totalDebits == totalCredits;
    }
  }

  public static Findings run(Connection connection) throws SQLException {
    List<String> accountsOff = new ArrayList<>();
    List<Long> entriesOff = new ArrayList<>();
    long debits;
    long credits;
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(
          "SELECT a.code, COALESCE(b.d, 0), COALESCE(b.c, 0), COALESCE(l.d, 0), COALESCE(l.c, 0) FROM ledger_account a"
              + " LEFT JOIN (SELECT account_id, SUM(debit_satang) d, SUM(credit_satang) c FROM account_balance GROUP BY account_id) b ON b.account_id = a.id"
              + " LEFT JOIN (SELECT account_id, SUM(CASE side WHEN 'D' THEN amount_satang ELSE 0 END) d, SUM(CASE side WHEN 'C' THEN amount_satang ELSE 0 END) c"
              + "   FROM journal_line GROUP BY account_id) l ON l.account_id = a.id")) {
        while (rows.next()) {
          if (rows.getLong(2) != rows.getLong(4) || rows.getLong(3) != rows.getLong(5)) {
            accountsOff.add(rows.getString(1) + ": balance rows " + rows.getLong(2) + "/" + rows.getLong(3) + " but lines " + rows.getLong(4) + "/" + rows.getLong(5));
          }
        }
      }
      try (ResultSet rows = statement.executeQuery(
          "SELECT e.id FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id GROUP BY e.id, e.total_satang"
              + " HAVING SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE 0 END) <> SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE 0 END)"
              + " OR SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE 0 END) <> e.total_satang OR COUNT(*) < 2"
              + " UNION SELECT e.id FROM journal_entry e WHERE NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id = e.id)")) {
        while (rows.next()) {
          entriesOff.add(rows.getLong(1));
        }
      }
      try (ResultSet totals = statement.executeQuery("SELECT COALESCE(SUM(debit_satang), 0), COALESCE(SUM(credit_satang), 0) FROM account_balance")) {
        totals.next();
        debits = totals.getLong(1);
        credits = totals.getLong(2);
      }
    }
    return new Findings(accountsOff, entriesOff, debits, credits);
  }

  /** An account whose balance rows differ from its lines, as one statement saw both. */
  public record AccountOff(long accountId, String code, long balanceDebits, long balanceCredits, long lineDebits, long lineCredits) {}

  /**
   * One account proven in a single statement (one snapshot, whatever the isolation level): the
   * difference, or empty when its balance rows equal its lines.
   */
  public static Optional<AccountOff> account(Connection connection, long accountId) throws SQLException {
    try (java.sql.PreparedStatement read = connection.prepareStatement("SELECT a.code,"
        + " (SELECT COALESCE(SUM(debit_satang), 0) FROM account_balance WHERE account_id = a.id),"
        + " (SELECT COALESCE(SUM(credit_satang), 0) FROM account_balance WHERE account_id = a.id),"
        + " (SELECT COALESCE(SUM(CASE side WHEN 'D' THEN amount_satang ELSE 0 END), 0) FROM journal_line WHERE account_id = a.id),"
        + " (SELECT COALESCE(SUM(CASE side WHEN 'C' THEN amount_satang ELSE 0 END), 0) FROM journal_line WHERE account_id = a.id)"
        + " FROM ledger_account a WHERE a.id = ?")) {
      read.setLong(1, accountId);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next() || row.getLong(2) == row.getLong(4) && row.getLong(3) == row.getLong(5)) {
          return Optional.empty();
        }
        return Optional.of(new AccountOff(accountId, row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)));
      }
    }
  }
}
