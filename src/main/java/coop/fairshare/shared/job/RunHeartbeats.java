package coop.fairshare.shared.job;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The heartbeats of a job's runs, read and claimed on the database's clock (never an instance's:
 * theirs differ across a cluster). A job's run table is its area's and named by it; what this needs
 * of it is an {@code id}, a {@code state} that is {@code 'RUNNING'} while it runs, and a
 * {@code heartbeat_at} its every step moves. Called by {@link HeartbeatRunner} on its own threads.
 */
@Stateless
@PermitAll
public class RunHeartbeats {

  /** A running run whose heartbeat is older than this has lost its worker (its app stopped or crashed). */
  public static final Duration QUIET_AFTER = Duration.ofSeconds(60);

  /** {@link #quiet} in SQL, on the database's clock. */
  private static final String QUIET = "state = 'RUNNING' AND heartbeat_at < CURRENT_TIMESTAMP(3) - INTERVAL " + QUIET_AFTER.toSeconds() + " SECOND";

  /** A run table's name goes into the SQL as it is: a plain name, never anything a user typed. */
  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  /** Running with no step for longer than {@link #QUIET_AFTER}: its worker is gone and another may take it over. */
  public static boolean quiet(boolean running, Instant heartbeatAt, Instant now) {
    return running && heartbeatAt != null && heartbeatAt.plus(QUIET_AFTER).isBefore(now);
  }

  /** The run running now, if any (the run table's one-running key, {@code running_key = 1}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalLong running(String runTable) {
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement("SELECT id FROM " + table(runTable) + " WHERE running_key = 1");
        ResultSet row = read.executeQuery()) {
      return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The runs still running whose worker has gone quiet, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> quietRuns(String runTable) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement("SELECT id FROM " + table(runTable) + " WHERE " + QUIET + " ORDER BY id")) {
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

  /**
   * Takes over a quiet run by beating its heart: however many instances try at once, only one
   * update still finds it quiet, and only that one answers true.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean takeOver(String runTable, long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement("UPDATE " + table(runTable) + " SET heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND " + QUIET)) {
      update.setLong(1, runId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private static String table(String runTable) {
    if (!TABLE.matcher(runTable).matches()) {
      throw new IllegalStateException("not a table name: " + runTable);
    }
    return runTable;
  }
}
