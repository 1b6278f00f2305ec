package coop.fairshare.bench;

import coop.fairshare.launcher.EmbeddedMariaDb;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.JournalWriter;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.LedgerAudit;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.savings.InterestChunk;
import coop.fairshare.shared.Money;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * A benchmark, not a test: how long an interest run takes for 10,000 savings accounts (and 20,000
 * and 40,000, to see it grow linearly), each with a deposit before the month and one in it. It runs
 * the very steps the app's worker runs ({@link InterestChunk#process}, 500 accounts a step, a commit
 * each) on its own MariaDB, then checks every account was posted once and the books balance.
 *
 * <p>Run with {@code mvn -Pbench-interest} (options -Dbench.accounts=10000,20000,40000 -Dbench.port).
 */
public final class InterestRunBenchmark {

  private static final int CHUNK = 500;

  private final String url;
  private final Random random = new Random(42);
  private final YearMonth month = YearMonth.now().minusMonths(1);

  private InterestRunBenchmark(String url) {
    this.url = url;
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("bench.port", 33198);
    Path folder = Path.of(System.getProperty("bench.dir", "target/bench-interest-mariadb"));
    List<Integer> sizes = java.util.Arrays.stream(System.getProperty("bench.accounts", "10000,20000,40000").split(",")).map(String::strip).map(Integer::valueOf).toList();
    boolean clean;
    try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, port)) {
      db.recreate();
      Flyway.configure().dataSource(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD).locations("filesystem:db/migration").load().migrate();
      clean = new InterestRunBenchmark(db.jdbcUrl()).run(sizes);
    }
    if (!clean) {
      throw new IllegalStateException("an interest run posted wrongly or the books do not balance: see above");
    }
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    c.setAutoCommit(false);
    return c;
  }

  private boolean run(List<Integer> sizes) throws Exception {
    boolean clean = true;
    System.out.printf("%nInterest run for %s (%d days), %d accounts a step, one commit a step%n", month, month.lengthOfMonth(), CHUNK);
    System.out.println("| accounts | set-up s | run s | accounts/s | interest posted | entries |");
    System.out.println("|---|---|---|---|---|---|");
    int n = 0;
    for (int size : sizes) {
      n++;
      long t0 = System.nanoTime();
      long productId = setUp(n, size);
      double setUp = (System.nanoTime() - t0) / 1e9;
      long runId;
      try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
          "INSERT INTO savings_interest_run (product_id, period, accounts, started_by) VALUES (?,?,?,'bench')", Statement.RETURN_GENERATED_KEYS)) {
        insert.setLong(1, productId);
        insert.setString(2, month.toString());
        insert.setInt(3, size);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          runId = keys.getLong(1);
        }
        c.commit();
      }
      long t1 = System.nanoTime();
      long posted = 0;
      try (Connection c = connect()) {
        InterestChunk.Step step;
        do {
          step = InterestChunk.process(c, runId, CHUNK);
          c.commit();
          posted += step.posted().satang();
        } while (!step.finished());
      }
      double seconds = (System.nanoTime() - t1) / 1e9;
      long entries;
      try (Connection c = connect(); PreparedStatement read = c.prepareStatement(
          "SELECT COUNT(*), COUNT(DISTINCT t.account_id), SUM(t.amount_satang) FROM savings_transaction t JOIN savings_account a ON a.id = t.account_id"
              + " WHERE a.product_id = ? AND t.kind = 'INTEREST'")) {
        read.setLong(1, productId);
        try (ResultSet row = read.executeQuery()) {
          row.next();
          entries = row.getLong(1);
          if (entries != size || row.getLong(2) != size || row.getLong(3) != posted) {
            System.out.printf("WRONG: %d interest lines for %d accounts, %d satang against %d posted%n", entries, row.getLong(2), row.getLong(3), posted);
            clean = false;
          }
        }
      }
      System.out.printf("| %,d | %.1f | %.2f | %,.0f | %s | %,d |%n", size, setUp, seconds, size / seconds, Money.ofSatang(posted), entries);
    }
    try (Connection c = connect()) {
      LedgerAudit.Findings findings = LedgerAudit.run(c);
      System.out.println("audit: " + findings);
      clean &= findings.clean();
    }
    return clean;
  }

  /** A product, {@code size} members each with an account and two deposits (before the month, in it), posted as the app posts. */
  private long setUp(int n, int size) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO producer_group (code, name_th, name_en, region_id, province, story_th, story_en) VALUES ('BENCH-" + n + "', 'กลุ่มทดสอบ', 'Bench group',"
          + " (SELECT MIN(id) FROM region), 'นครปฐม', 'ทดสอบ', 'bench')", Statement.RETURN_GENERATED_KEYS);
      long groupId;
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        groupId = keys.getLong(1);
      }
      s.executeUpdate("INSERT INTO savings_product (name_th, name_en, kind, annual_rate_bp, minimum_balance_satang, approval_above_satang, interest_posting, created_by)"
          + " VALUES ('ออมทดสอบ', 'Bench savings', 'VOLUNTARY', 350, 10000, 500000, 'MONTHLY', 'bench')", Statement.RETURN_GENERATED_KEYS);
      long productId;
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        productId = keys.getLong(1);
      }
      String prefix = "B" + (char) ('A' + n);
      for (int from = 0; from < size; from += 1000) {
        int count = Math.min(1000, size - from);
        try (PreparedStatement members = c.prepareStatement("INSERT INTO member (member_number, full_name_th, group_id, occupation, gender, joined_on) VALUES "
            + String.join(",", Collections.nCopies(count, "(?, 'สมาชิกทดสอบ', ?, 'ทอผ้า', 'FEMALE', '2015-01-01')")));
            PreparedStatement accounts = c.prepareStatement("INSERT INTO ledger_account (code, name_th, name_en, type, owner_kind, balance_slots) VALUES "
                + String.join(",", Collections.nCopies(count, "(?, 'บัญชีเงินออม', 'Savings account', 'LIABILITY', 'MEMBER', 1)")))) {
          for (int i = 0; i < count; i++) {
            String number = prefix + "-" + String.format("%06d", from + i);
            members.setString(2 * i + 1, number);
            members.setLong(2 * i + 2, groupId);
          }
          members.executeUpdate();
        }
      }
      s.executeUpdate("INSERT INTO ledger_account (code, name_th, name_en, type, owner_kind, owner_id, balance_slots) SELECT CONCAT('2310-', member_number),"
          + " 'บัญชีเงินออม', 'Savings account', 'LIABILITY', 'MEMBER', id, 1 FROM member WHERE group_id = " + groupId);
      s.executeUpdate("INSERT INTO account_balance (account_id, slot) SELECT id, 0 FROM ledger_account WHERE code LIKE '2310-" + prefix + "-%'");
      s.executeUpdate("INSERT INTO savings_account (member_id, product_id, ledger_account_id, opened_on, created_by) SELECT m.id, " + productId
          + ", l.id, '" + month.minusMonths(1).atDay(1) + "', 'bench' FROM member m JOIN ledger_account l ON l.code = CONCAT('2310-', m.member_number) WHERE m.group_id = " + groupId);
      c.commit();
      List<Long> ledgerIds = new ArrayList<>();
      try (ResultSet rows = s.executeQuery("SELECT ledger_account_id FROM savings_account WHERE product_id = " + productId + " ORDER BY id")) {
        while (rows.next()) {
          ledgerIds.add(rows.getLong(1));
        }
      }
      long bank = JournalWriter.accountId(c, LedgerAccounts.BANK);
      LocalDate before = month.minusMonths(1).atDay(15);
      for (int from = 0; from < ledgerIds.size(); from += CHUNK) {
        List<JournalEntry> entries = new ArrayList<>();
        for (long account : ledgerIds.subList(from, Math.min(ledgerIds.size(), from + CHUNK))) {
          Money opening = Money.ofSatang(10_000 + random.nextInt(5_000_000));
          Money during = Money.ofSatang(100 + random.nextInt(1_000_000));
          LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
          entries.add(deposit(productId, account, bank, opening, before, "a"));
          entries.add(deposit(productId, account, bank, during, day, "b"));
        }
        JournalWriter.postMany(c, entries);
        c.commit();
      }
      return productId;
    }
  }

  private static JournalEntry deposit(long productId, long account, long bank, Money amount, LocalDate on, String which) {
    String key = "bench-deposit-" + productId + "-" + account + "-" + which;
    return new JournalEntry(on, "Bench deposit", EntrySource.SAVINGS, "bench", key, null, "bench", List.of(PostingLine.debit(bank, amount), PostingLine.credit(account, amount)));
  }
}
