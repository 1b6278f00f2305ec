package coop.fairshare.shared.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What went wrong with MariaDB, read from the causes of a failure however deeply the container,
 * EclipseLink or the pool wrapped them. None of these is the user's fault: a deadlock is run again
 * once ({@link DeadlockRetry}); the rest are answered 503 with a Retry-After.
 */
public enum DatabaseTrouble {
  /** MariaDB rolled this transaction back to break a deadlock (error 1213): safe to run again. */
  DEADLOCK,
  /** A lock was waited for too long (error 1205): the database is busy. */
  LOCK_WAIT_TIMEOUT,
  /** MariaDB cannot be reached (down, restarting, or the pool cannot open a connection). */
  UNAVAILABLE;

  private static final int ER_LOCK_DEADLOCK = 1213;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public static Optional<DatabaseTrouble> of(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    DatabaseTrouble found = null;
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      DatabaseTrouble here = classify(t);
      if (here == DEADLOCK || here == LOCK_WAIT_TIMEOUT) {
        return Optional.of(here);
      }
      if (here != null) {
        found = here;
      }
      if (t instanceof SQLException sql && sql.getNextException() != null && seen.get(sql.getNextException()) == null) {
        DatabaseTrouble next = of(sql.getNextException()).orElse(null);
        if (next != null) {
          return Optional.of(next);
        }
      }
    }
    return Optional.ofNullable(found);
  }

  public static boolean isDeadlock(Throwable failure) {
    return of(failure).filter(DEADLOCK::equals).isPresent();
  }

  private static DatabaseTrouble classify(Throwable t) {
    if (t instanceof SQLException sql) {
      if (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState())) {
        return DEADLOCK;
      }
      if (sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT) {
        return LOCK_WAIT_TIMEOUT;
      }
      if (sql instanceof SQLNonTransientConnectionException || sql instanceof SQLTransientConnectionException
          || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
        return UNAVAILABLE;
      }
    }
    if (t instanceof java.net.ConnectException || t instanceof jakarta.resource.ResourceException) {
      return UNAVAILABLE;
    }
    // Payara's pool reports "could not allocate a connection" with its own exception types
    String type = t.getClass().getName();
    if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")) {
      return UNAVAILABLE;
    }
    return null;
  }
}
