package coop.fairshare.ledger;

import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
  static final long STALE_SECONDS = AuditRun.STALE_AFTER.toSeconds();

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

  /** Runs still running whose worker has gone quiet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> stalled() {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
        "SELECT id FROM ledger_audit_run WHERE state = 'RUNNING' AND heartbeat_at < CURRENT_TIMESTAMP(3) - INTERVAL " + STALE_SECONDS + " SECOND ORDER BY id")) {
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** Takes over a quiet run: only one instance's update finds it still quiet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(long runId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("UPDATE ledger_audit_run SET heartbeat_at = CURRENT_TIMESTAMP(3)"
        + " WHERE id = ? AND state = 'RUNNING' AND heartbeat_at < CURRENT_TIMESTAMP(3) - INTERVAL " + STALE_SECONDS + " SECOND")) {
      update.setLong(1, runId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }
}
