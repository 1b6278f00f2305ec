package coop.fairshare.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * One life of the embedded MariaDB, in a JVM of its own as the demo launcher runs it: starts the
 * server on a folder, then either writes a marker row or prints the marker it finds, and stops.
 * {@code DataFolderIT} runs it twice to prove a restart keeps the data.
 */
public final class RestartCheck {

  private RestartCheck() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, port);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        Statement sql = c.createStatement()) {
      if ("write".equals(args[2])) {
        sql.executeUpdate("CREATE TABLE restart_marker (marker VARCHAR(40) NOT NULL)");
        sql.executeUpdate("INSERT INTO restart_marker VALUES ('" + args[3] + "')");
        System.out.println("MARKER-WRITTEN " + args[3]);
      } else {
        try (ResultSet row = sql.executeQuery("SELECT marker FROM restart_marker")) {
          System.out.println(row.next() ? "MARKER-FOUND " + row.getString(1) : "MARKER-MISSING");
        }
      }
    }
  }
}
