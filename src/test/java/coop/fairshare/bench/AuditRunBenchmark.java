package coop.fairshare.bench;

import coop.fairshare.launcher.EmbeddedMariaDb;
import coop.fairshare.ledger.AuditChunk;
import coop.fairshare.ledger.LedgerAudit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A benchmark, not a test: the audit of the books done at once ({@link LedgerAudit#run}, what the
 * trial-balance page did on every view) against the audit job's steps ({@link AuditChunk#process},
 * 500 accounts, 20,000 lines or 5,000 entries a step, a commit each, as the app's worker runs them),
 * on ledgers of growing size built with bulk SQL: accounts with one balance row each, and entries of
 * two lines, one to a spread account, one to the cooperative fund (the hot account). It reports the
 * whole audit's time, the job's total time, its steps and its longest step (what bounds a lock, a
 * transaction and a statement), and the page's reads of the kept result, and fails if either audit
 * finds the books wrong.
 *
 * <p>Run with {@code mvn -Pbench-audit} (options -Dbench.entries=100000,400000 -Dbench.accounts=50000 -Dbench.port).
 */
public final class AuditRunBenchmark {

  private AuditRunBenchmark() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("bench.port", 33396);
    Path folder = Path.of(System.getProperty("bench.dir", "target/bench-audit-mariadb"));
    int accounts = Integer.getInteger("bench.accounts", 50_000);
    List<Integer> sizes = java.util.Arrays.stream(System.getProperty("bench.entries", "100000,400000").split(",")).map(String::strip).map(Integer::valueOf).toList();
    boolean clean = true;
    try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, port)) {
      System.out.printf("%-9s %-9s %-10s %-14s %-12s %-7s %-16s %-14s%n", "accounts", "entries", "lines", "whole audit", "audit job", "steps", "longest step", "page's read");
      for (int entries : sizes) {
        db.recreate();
        Flyway.configure().dataSource(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD).locations("filesystem:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
          build(c, accounts, entries);
          clean &= measure(c, accounts, entries);
        }
      }
    }
    if (!clean) {
      throw new IllegalStateException("an audit found the books wrong: see above");
    }
  }

  private static void build(Connection c, int accounts, int entries) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO ledger_account (code, name_th, name_en, type) SELECT CONCAT('B-', seq), 'บัญชีทดสอบ', 'Bench account', 'LIABILITY' FROM " + numbers(accounts));
      s.executeUpdate("INSERT INTO account_balance (account_id, slot) SELECT id, 0 FROM ledger_account WHERE code LIKE 'B-%'");
      long first = number(c, "SELECT MIN(id) FROM ledger_account WHERE code LIKE 'B-%'");
      long hot = number(c, "SELECT id FROM ledger_account WHERE code = '3000'");
      // MariaDB 11.4.5 refuses INSERT ... SELECT with a column list into a table with triggers (see
      // LedgerBenchmark): every column is named in table order instead
      s.executeUpdate("INSERT INTO journal_entry SELECT NULL, CURRENT_DATE, 'bench', 'MANUAL', 'bench', CONCAT('bench-', seq), NULL, 100 + seq % 1000, 'bench',"
          + " CURRENT_TIMESTAMP(3) FROM " + numbers(entries) + " ORDER BY seq");
      s.executeUpdate("INSERT INTO journal_line SELECT NULL, id, 1, " + first + " + (id * 7919) % " + accounts + ", 'D', total_satang FROM journal_entry ORDER BY id");
      s.executeUpdate("INSERT INTO journal_line SELECT NULL, id, 2, " + hot + ", 'C', total_satang FROM journal_entry ORDER BY id");
      s.executeUpdate("UPDATE account_balance b JOIN (SELECT account_id, SUM(CASE side WHEN 'D' THEN amount_satang ELSE 0 END) d,"
          + " SUM(CASE side WHEN 'C' THEN amount_satang ELSE 0 END) c FROM journal_line GROUP BY account_id) l ON l.account_id = b.account_id"
          + " SET b.debit_satang = l.d, b.credit_satang = l.c WHERE b.slot = 0");
      s.execute("ANALYZE TABLE ledger_account, account_balance, journal_entry, journal_line");
    }
  }

  private static boolean measure(Connection c, int accounts, int entries) throws SQLException {
    long lines = number(c, "SELECT COUNT(*) FROM journal_line");
    long t0 = System.nanoTime();
    LedgerAudit.Findings whole = LedgerAudit.run(c);
    long wholeNanos = System.nanoTime() - t0;

    long runId;
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_audit_run (accounts, entries, started_by) SELECT (SELECT COUNT(*) FROM ledger_account),"
        + " (SELECT COALESCE(MAX(id), 0) FROM journal_entry), 'bench'", Statement.RETURN_GENERATED_KEYS)) {
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        runId = key.getLong(1);
      }
    }
    c.setAutoCommit(false);
    int steps = 0;
    long longest = 0;
    long t1 = System.nanoTime();
    AuditChunk.Step step;
    do {
      long s0 = System.nanoTime();
      step = AuditChunk.process(c, runId, 500, 20_000, 5_000);
      c.commit();
      longest = Math.max(longest, System.nanoTime() - s0);
      steps++;
    } while (!step.finished());
    long jobNanos = System.nanoTime() - t1;
    c.setAutoCommit(true);

    // what the trial-balance page reads of the audit now: the latest run's row and its first differences
    long t2 = System.nanoTime();
    int reads = 200;
    for (int i = 0; i < reads; i++) {
      number(c, "SELECT id FROM ledger_audit_run ORDER BY id DESC LIMIT 1");
      number(c, "SELECT COUNT(*) FROM (SELECT id FROM ledger_audit_difference WHERE run_id = " + runId + " ORDER BY id LIMIT 50) d");
    }
    long pageNanos = (System.nanoTime() - t2) / reads;

    boolean jobClean = number(c, "SELECT state = 'DONE' AND accounts_off = 0 AND entries_off = 0 AND total_debit_satang = total_credit_satang"
        + " FROM ledger_audit_run WHERE id = " + runId) == 1;
    long summed = number(c, "SELECT lines_summed FROM ledger_audit_run WHERE id = " + runId);
    System.out.printf("%-9d %-9d %-10d %-14s %-12s %-7d %-16s %-14s%n", accounts, entries, lines, ms(wholeNanos), ms(jobNanos), steps, ms(longest),
        String.format("%.2f ms", pageNanos / 1e6));
    if (!whole.clean() || !jobClean || summed != lines) {
      System.out.println("NOT CLEAN: whole " + whole.clean() + ", job " + jobClean + ", lines summed " + summed + " of " + lines);
      return false;
    }
    return true;
  }

  /** The numbers 1..n as a derived table with the column {@code seq}, from digits cross-joined. */
  private static String numbers(int n) {
    String digits = "(SELECT 0 n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6"
        + " UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
    StringBuilder value = new StringBuilder("1");
    StringBuilder from = new StringBuilder();
    long place = 1;
    for (int i = 0; place < n; i++, place *= 10) {
      value.append(" + ").append(place).append(" * d").append(i).append(".n");
      from.append(i == 0 ? "" : " CROSS JOIN ").append(digits).append(" d").append(i);
    }
    return "(SELECT " + value + " AS seq FROM " + from + ") numbers WHERE seq <= " + n;
  }

  private static String ms(long nanos) {
    return String.format("%,d ms", nanos / 1_000_000);
  }

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
