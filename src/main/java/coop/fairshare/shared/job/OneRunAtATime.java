package coop.fairshare.shared.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Starting a heartbeat job of which only one run may run at once across every instance (the run
 * table's unique {@code running_key}): a new run is handed to a worker once its row is committed;
 * while one is running (started by anyone, on any instance) that one is answered instead, and if
 * its worker has gone quiet this instance takes it over from its checkpoint.
 */
public final class OneRunAtATime {

  private OneRunAtATime() {}

  /**
   * @param create inserts a run in a transaction of its own (see {@link #inserted}); empty when
   *     another start won the running key a moment ago
   * @return the run started or joined; empty when the other start's run was done already (a small
   *     job), so the latest run is the answer
   */
  public static OptionalLong start(HeartbeatRunner runner, Supplier<OptionalLong> create) {
    OptionalLong created = OptionalLong.empty();
    OptionalLong found = runner.running();
    if (found.isEmpty()) {
      created = create.get();
      found = created.isPresent() ? created : runner.running();
    }
    if (found.isEmpty()) {
      return found;
    }
    long id = found.getAsLong();
    if (created.isPresent()) {
      runner.launch(id);
    } else {
      runner.takeOver(id);
    }
    return found;
  }

  /**
   * Runs the insert of a run (prepared to return its generated key) and answers the new run's id;
   * empty when the running key refused it: another run is running.
   */
  public static OptionalLong inserted(PreparedStatement insert) throws SQLException {
    try {
      insert.executeUpdate();
    } catch (SQLException e) {
      if ("23000".equals(e.getSQLState())) {
        return OptionalLong.empty();
      }
      throw e;
    }
    try (ResultSet key = insert.getGeneratedKeys()) {
      key.next();
      return OptionalLong.of(key.getLong(1));
    }
  }
}
