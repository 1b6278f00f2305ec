package coop.fairshare.ledger;

import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

/**
 * For LedgerIT only (added to its WAR): what payable accounts owe as a payout proposal reads it,
 * and an account's month-end balances as {@link Ledger} reads
 * them, each call in a transaction of its own, but with a settling time of the test's choosing:
 * zero counts every committed entry as settled (true for the test's own accounts, which nothing
 * else posts to), a century counts none.
 */
@Stateless
@PermitAll
public class MonthEndsProbe {

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  public List<MonthEndBalance> read(long accountId, YearMonth first, YearMonth last, Duration settledAfter) {
    return onAccount(accountId, (c, account) -> MonthEnds.months(c, account, first, settledAfter).monthEnds(first, last));
  }

  public List<SourcedTotal> bySource(long accountId, YearMonth first, YearMonth last, Duration settledAfter) {
    return onAccount(accountId, (c, account) -> MonthEnds.months(c, account, first, settledAfter).totalsBySource(first, last));
  }

  /** What each payable account owes for sales up to a day, by account code, as a payout proposal reads it (without a treasurer's role). */
  public java.util.Map<String, Long> payablesOwedUpTo(java.time.LocalDate upTo) {
    try (Connection c = dataSource.getConnection()) {
      java.util.Map<String, Long> owed = new java.util.TreeMap<>();
      LedgerReader.payablesOwedUpTo(c, upTo).forEach((account, money) -> owed.put(account.code(), money.satang()));
      return owed;
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private interface Read<T> {
    T from(Connection c, LedgerAccount account) throws SQLException;
  }

  private <T> T onAccount(long accountId, Read<T> read) {
    try (Connection c = dataSource.getConnection()) {
      return read.from(c, LedgerReader.accountById(c, accountId).orElseThrow());
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }
}
