package coop.fairshare.savings;

import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The transactions of an interest run's worker: each step its own transaction, so what is committed
 * stays when the app stops. Called by {@link InterestRunner} on its own threads (no caller there to
 * check); the use case that starts a run is {@link InterestRuns#start}, for treasurers.
 */
@Stateless
@PermitAll
public class InterestSteps {

  /** Accounts per step: a few hundred keeps each transaction short and the statements few. */
  static final int CHUNK = 500;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public InterestChunk.Step step(long runId) {
    try (Connection c = dataSource.getConnection()) {
      return InterestChunk.process(c, runId, CHUNK);
    } catch (SQLException e) {
      throw new EJBException("interest run " + runId + " step failed", e);
    }
  }

  /** Marks a run failed for a reason a treasurer can read (a message key), e.g. its month was closed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long runId, String reasonKey) {
    update("UPDATE savings_interest_run SET state = 'FAILED', failure = ?, finished_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND state = 'RUNNING'", reasonKey, runId);
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }
}
