package coop.fairshare.launcher;

import coop.fairshare.shared.persistence.Database;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real MariaDB for the integration tests, once per test JVM, before any test (and before
 * Arquillian starts Payara Micro, which reads FAIRSHARE_DB_URL from the environment failsafe gives
 * it). Each run starts from an empty database, so the migrations are exercised from scratch.
 * Does nothing in the unit-test run, where {@code fairshare.test.db.port} is not set.
 */
public class TestDatabase implements LauncherSessionListener {

  private static EmbeddedMariaDb database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("fairshare.test.db.port");
    if (port == null || database != null) {
      return;
    }
    database = EmbeddedMariaDb.start(Path.of(System.getProperty("fairshare.dataDir", "target/it-mariadb")), Integer.parseInt(port));
    database.recreate();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  public static String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + System.getProperty("fairshare.test.db.port") + "/" + EmbeddedMariaDb.DATABASE + "?" + Database.UTC_OPTIONS;
  }
}
