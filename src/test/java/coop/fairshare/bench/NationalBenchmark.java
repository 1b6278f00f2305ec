package coop.fairshare.bench;

import coop.fairshare.launcher.EmbeddedMariaDb;
import coop.fairshare.ledger.LedgerAudit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * A benchmark, not a test: a national network (1,000,000 members, 10,000 groups, 100,000 products,
 * 10,000,000 journal lines at scale 1) built by bulk SQL on its own MariaDB, audited, then the
 * app started on it and its pages timed with 8 concurrent users (see {@link NationalPages}).
 *
 * <p>Run with {@code mvn -Pbench-national} (options -Dnational.scale=0.01 for a small network,
 * -Dnational.reuse=true to keep a network already built in target/national-data, -Dnational.audit=false, -Dnational.pages=false
 * to only build, -Dnational.port, -Dnational.httpPort, -Dnational.seconds a page).
 */
public final class NationalBenchmark {

  private NationalBenchmark() {}

  public static void main(String[] args) throws Exception {
    double scale = Double.parseDouble(System.getProperty("national.scale", "1"));
    boolean reuse = Boolean.parseBoolean(System.getProperty("national.reuse", "false"));
    boolean pages = Boolean.parseBoolean(System.getProperty("national.pages", "true"));
    int port = Integer.getInteger("national.port", 33596);
    Path folder = Path.of(System.getProperty("national.dir", "target/national-data"));
    try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, port)) {
      try (Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), "root", ""); Statement s = c.createStatement()) {
        // room for the indexes of 10,000,000 lines while they are built, and fewer flushes: a bulk load's settings, said in the README
        s.execute("SET GLOBAL innodb_buffer_pool_size = " + Long.getLong("national.bufferPool", 3L << 30));
        s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
      } catch (java.sql.SQLException e) {
        System.out.println("[national] could not widen the buffer pool (" + e.getMessage() + "): going on with the server's own");
      }
      NationalDataSet data = new NationalDataSet(db.jdbcUrl(), scale);
      System.out.printf(Locale.ROOT, "[national] scale %s: %,d groups, %,d members, %,d products, %,d sales, %,d journal lines%n",
          scale, data.groups, data.members, data.products, data.sales, data.lines);
      if (reuse && data.alreadyBuilt()) {
        System.out.println("[national] the network in " + folder + " is already built: reusing it");
      } else {
        long t0 = System.nanoTime();
        db.recreate();
        Flyway.configure().dataSource(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD).locations("filesystem:db/migration").load().migrate();
        try {
          data.build();
        } catch (java.sql.SQLException e) {
          if (Boolean.getBoolean("national.hold")) {
            e.printStackTrace();
            System.out.println("[national] holding the MariaDB on port " + port + " after the failure");
            Thread.sleep(Long.MAX_VALUE);
          }
          throw e;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println();
        System.out.println("| step | rows | time |");
        System.out.println("|---|---|---|");
        data.steps().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%n[national] built in %.0f s (%.1f min); database %,d MiB%n", seconds, seconds / 60, data.sizeMiB());
      }
      if (Boolean.parseBoolean(System.getProperty("national.audit", "true"))) {
        audit(data);
      }
      if (pages) {
        new NationalPages(db.jdbcUrl(), Integer.getInteger("national.httpPort", 8496), data).run();
      }
      if (Boolean.getBoolean("national.hold")) {
        System.out.println("[national] holding the MariaDB on port " + port + " until this process is stopped");
        Thread.sleep(Long.MAX_VALUE);
      }
    }
  }

  /** LedgerAudit over the whole network, timed (the audit reads every line; -Dnational.audit=false skips it on a reused network). */
  private static void audit(NationalDataSet data) throws Exception {
    try (Connection c = data.connect()) {
      long t0 = System.nanoTime();
      LedgerAudit.Findings findings = LedgerAudit.run(c);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "[national] LedgerAudit over %,d lines: %.1f s, clean=%s (debits %,d, credits %,d, accounts off %d, entries off %d)%n",
          data.lines, seconds, findings.clean(), findings.totalDebits(), findings.totalCredits(), findings.accountsOff().size(), findings.entriesOff().size());
      if (!findings.clean()) {
        findings.accountsOff().stream().limit(10).forEach(System.out::println);
        throw new IllegalStateException("the generated books do not audit clean");
      }
    }
  }
}
