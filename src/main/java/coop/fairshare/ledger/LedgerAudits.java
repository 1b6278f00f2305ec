package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.shared.job.OneRunAtATime;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The audit of the books for treasurers, as a job: start a run (one at a time across every
 * instance), follow its progress, read what the latest one found. Every read here is of a run's own
 * row or a bounded page of its differences, never of the journal.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class LedgerAudits {

  private static final String COLUMNS = "id, state, accounts, accounts_checked, entries, entries_checked, lines_summed, accounts_off, entries_off,"
      + " total_debit_satang, total_credit_satang, started_by, started_at, heartbeat_at, finished_at";

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @EJB
  private AuditRunner runner;

  @EJB
  private LedgerAudits self;

  @Resource
  private SessionContext session;

  /**
   * Starts a run and hands it to a worker once its row is committed. While one is running (started
   * by anyone, on any instance) that one is answered instead; if its worker has gone quiet, this
   * instance takes it over from its checkpoint.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AuditRun start() {
    String by = session.getCallerPrincipal().getName();
    OptionalLong started = OneRunAtATime.start(runner, () -> self.create(by));
    // empty: the other start's run was done already (a small ledger): it is the latest
    return started.isPresent() ? run(started.getAsLong()) : latest().orElseThrow();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalLong create(String by) {
    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_audit_run (accounts, entries, started_by)"
        + " SELECT (SELECT COUNT(*) FROM ledger_account), (SELECT COALESCE(MAX(id), 0) FROM journal_entry), ?", Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, by);
      return OneRunAtATime.inserted(insert);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  public AuditRun run(long id) {
    return one("SELECT " + COLUMNS + " FROM ledger_audit_run WHERE id = ?", id).orElseThrow(() -> new NotFound("ledgerAudit", id));
  }

  /** The newest run, running or done: what the trial balance shows. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<AuditRun> latest() {
    return one("SELECT " + COLUMNS + " FROM ledger_audit_run ORDER BY id DESC LIMIT 1");
  }

  /** The run's first differences (accounts first, then entries), at most {@code limit}. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditDifference> differences(long runId, int limit) {
    List<AuditDifference> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement("SELECT account_code, entry_id, balance_debit_satang,"
        + " balance_credit_satang, line_debit_satang, line_credit_satang, entry_total_satang, line_count FROM ledger_audit_difference WHERE run_id = ?"
        + " ORDER BY id LIMIT ?")) {
      read.setLong(1, runId);
      read.setInt(2, limit);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          found.add(new AuditDifference(rows.getString(1), (Long) rows.getObject(2, Long.class), money(rows, 3), money(rows, 4), money(rows, 5), money(rows, 6),
              money(rows, 7), (Integer) rows.getObject(8, Integer.class)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private Optional<AuditRun> one(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        read.setObject(i + 1, values[i]);
      }
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new AuditRun(row.getLong(1), AuditRun.State.valueOf(row.getString(2)), row.getInt(3), row.getInt(4), row.getLong(5), row.getLong(6),
            row.getLong(7), row.getInt(8), row.getInt(9), money(row, 10), money(row, 11), row.getString(12), instant(row.getTimestamp(13)),
            instant(row.getTimestamp(14)), instant(row.getTimestamp(15))));
      }
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private static Money money(ResultSet row, int column) throws SQLException {
    long satang = row.getLong(column);
    return row.wasNull() ? null : Money.ofSatang(satang);
  }

  private static java.time.Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
