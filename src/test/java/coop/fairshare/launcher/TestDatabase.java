package coop.fairshare.launcher;

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

  /** The test server's zone for sessions that do not set their own (Brazil's, which keeps no summer time). */
  public static final String SERVER_ZONE = "-03:00";

  private static EmbeddedMariaDb database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("fairshare.test.db.port");
    if (port == null || database != null) {
      return;
    }
    database = EmbeddedMariaDb.startThrowaway(Path.of(System.getProperty("fairshare.dataDir", "target/it-mariadb")), Integer.parseInt(port));
    database.recreate();
    // a zone neither UTC nor Bangkok's (the app runs in Bangkok's, arquillian.xml): the app must pin
    // its sessions and its JVM to UTC itself for its times and the database's to agree
    database.serverTimeZone(SERVER_ZONE);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  /** Stops the server as a kill or a restart would, keeping its files (an outage test). */
  public static void stopServer() {
    database.stopServer();
  }

  /** Starts the stopped server again on the same files and port. */
  public static void startServerAgain() {
    database.startServerAgain();
    database.serverTimeZone(SERVER_ZONE);
  }

  public static String jdbcUrl() {
    // the tests' own connections speak UTC like the app's (the test JVM runs in the machine's zone, UTC)
    return "jdbc:mariadb://127.0.0.1:" + System.getProperty("fairshare.test.db.port") + "/" + EmbeddedMariaDb.DATABASE + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
  }
}
