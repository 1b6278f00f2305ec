package coop.fairshare.welfare;

import java.sql.SQLIntegrityConstraintViolationException;

/** Whether the database refused a row under one of its unique keys: another person saved the same a moment ago. */
final class DuplicateKey {

  private DuplicateKey() {}

  static boolean named(Throwable e, String key) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException && String.valueOf(t.getMessage()).contains(key)) {
        return true;
      }
    }
    return false;
  }
}
