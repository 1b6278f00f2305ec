package coop.fairshare.ledger;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves the books from the lines themselves: every account's balance rows add up to its lines,
 * every entry's lines balance and match its total, and all debits equal all credits.
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
}
