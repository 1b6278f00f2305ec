package coop.fairshare.ledger;

import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The transactions of an audit run's worker: each step its own short transaction, so a run never
 * holds a lock long and what it proved stays when the app stops. Called by {@link AuditRunner} on
 * its own threads (no caller there to check); the use case that starts a run is
 * {@link LedgerAudits#start}, for treasurers.
 */
@Stateless
@PermitAll
public class AuditSteps {

  /** Accounts per step: a few hundred keeps each transaction short and its statements few. */
  static final int ACCOUNTS = 500;
  /** Journal lines summed per step at most, however the lines are spread over the accounts. */
  static final int LINES = 20_000;
  /** Entries checked per step (each a few lines, read through its own index). */
  static final int ENTRIES = 5_000;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditChunk.Step step(long runId) {
    try (Connection c = dataSource.getConnection()) {
      return AuditChunk.process(c, runId, ACCOUNTS, LINES, ENTRIES);
    } catch (SQLException e) {
      throw new EJBException("audit run " + runId + " step failed", e);
    }
  }
}
