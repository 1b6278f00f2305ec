package coop.fairshare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductText;
import coop.fairshare.ledger.AccountType;
import coop.fairshare.ledger.AuditChunk;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.JournalWriter;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.LedgerAudit;
import coop.fairshare.ledger.OwnerKind;
import coop.fairshare.ledger.PeriodClosed;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.member.Gender;
import coop.fairshare.member.Member;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.split.SaleSplit;
import coop.fairshare.split.SaleSplits;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.split.RuleScope;
import coop.fairshare.split.SplitPreview;
import coop.fairshare.split.SplitRules;
import coop.fairshare.split.SplitRule;
import coop.fairshare.split.WhereYourMoneyGoes;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger and the split inside Payara Micro on MariaDB: concurrent postings that lose nothing,
 * idempotency, closed months, append-only rows, and a sale split stored and posted once.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar().addClasses(LedgerIT.class, coop.fairshare.ledger.MonthEndsProbe.class);
  }

  @EJB
  private Ledger ledger;

  @EJB
  private SaleSplits sales;

  @EJB
  private coop.fairshare.ledger.MonthEndsProbe monthEnds;

  @EJB
  private WhereYourMoneyGoes money;

  @EJB
  private SplitRules rules;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Resource
  private ManagedExecutorService executor;

  @Resource
  private UserTransaction tx;

  @PersistenceContext
  private EntityManager em;

  @Test
  void manyThreadsPostingToSharedAccountsLoseNoUpdateAndTheBooksProveIt() throws Exception {
    long coopFund = ledger.account(LedgerAccounts.COOP_FUND).id();
    long clearing = ledger.account(LedgerAccounts.CARD_CLEARING).id();
    List<Long> spread = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (int i = 0; i < 6; i++) {
        spread.add(JournalWriter.openAccount(c, "IT-" + tag() + i, "บัญชีทดสอบ", "Test account", AccountType.LIABILITY, OwnerKind.NONE, null, 1));
      }
    }
    long coopBefore = credits(coopFund);
    long clearingBefore = debits(clearing);
    int threads = 8;
    int each = 40;
    List<Future<Long>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(executor.submit(() -> {
        long total = 0;
        for (int i = 0; i < each; i++) {
          long satang = 1 + ThreadLocalRandom.current().nextInt(100_000);
          long other = spread.get(ThreadLocalRandom.current().nextInt(spread.size()));
          // every posting touches the hot cooperative fund and the hot clearing account
          ledger.post(new JournalEntry(CoopTime.today(), "concurrent sale", EntrySource.SALE, "it", "it-" + UUID.randomUUID(), null, "it",
              List.of(PostingLine.debit(clearing, Money.ofSatang(satang * 2)), PostingLine.credit(coopFund, Money.ofSatang(satang)), PostingLine.credit(other, Money.ofSatang(satang)))));
          total += satang;
        }
        return total;
      }));
    }
    long expected = 0;
    for (Future<Long> f : done) {
      expected += f.get();
    }
    assertEquals(coopBefore + expected, credits(coopFund), "every credit to the cooperative fund arrived");
    assertEquals(clearingBefore + 2 * expected, debits(clearing));
    try (Connection c = dataSource.getConnection()) {
      LedgerAudit.Findings findings = LedgerAudit.run(c);
      assertTrue(findings.clean(), findings.toString());
      assertEquals(findings.totalDebits(), findings.totalCredits());
      assertTrue(count(c, "SELECT COUNT(DISTINCT slot) FROM account_balance WHERE account_id = " + coopFund + " AND credit_satang > 0") > 1,
          "the hot account's postings were spread over several balance rows");
    }
  }

  /**
   * The audit job's steps, each in its own transaction, with a share of lines so small that one
   * account is summed over many steps while postings go on between them: the run still proves every
   * other account and names exactly the one made wrong in SQL.
   */
  @Test
  void anAuditInStepsOfAFewLinesWhilePostingsGoOnNamesExactlyTheAccountMadeWrong() throws Exception {
    long coopFund = ledger.account(LedgerAccounts.COOP_FUND).id();
    String wrongCode = "AUDW-" + tag();
    long hot;
    long wrong;
    try (Connection c = dataSource.getConnection()) {
      hot = JournalWriter.openAccount(c, "AUDH-" + tag(), "บัญชีทดสอบ", "Test account", AccountType.LIABILITY, OwnerKind.NONE, null, 4);
      wrong = JournalWriter.openAccount(c, wrongCode, "บัญชีทดสอบ", "Test account", AccountType.LIABILITY, OwnerKind.NONE, null, 1);
    }
    for (int i = 0; i < 100; i++) {
      post(coopFund, hot, 100 + i);
    }
    post(coopFund, wrong, 5_000);
    long runId;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement update = c.prepareStatement("UPDATE account_balance SET debit_satang = debit_satang + 77, credit_satang = credit_satang + 77"
          + " WHERE account_id = ? AND slot = 0")) {
        update.setLong(1, wrong);
        update.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_audit_run (accounts, entries, started_by) VALUES (0, 0, 'it')",
          java.sql.Statement.RETURN_GENERATED_KEYS)) {
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
          key.next();
          runId = key.getLong(1);
        }
      }
    }
    try {
      int steps = 0;
      AuditChunk.Step step;
      do {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
          step = AuditChunk.process(c, runId, 50, 40, 500);
        }
        tx.commit();
        if (steps++ < 20) {
          // the books go on while it works, to the account it is summing across steps too
          post(coopFund, hot, 7);
        }
      } while (!step.finished());
      try (Connection c = dataSource.getConnection()) {
        assertEquals("DONE", text(c, "SELECT state FROM ledger_audit_run WHERE id = " + runId));
        assertEquals(1, count(c, "SELECT accounts_off FROM ledger_audit_run WHERE id = " + runId));
        assertEquals(0, count(c, "SELECT entries_off FROM ledger_audit_run WHERE id = " + runId));
        assertEquals(1, count(c, "SELECT total_debit_satang = total_credit_satang FROM ledger_audit_run WHERE id = " + runId));
        assertTrue(count(c, "SELECT lines_summed FROM ledger_audit_run WHERE id = " + runId) >= 202, "every line of the two accounts at least");
        assertTrue(steps > 5, "the hot account's lines took several steps: " + steps);
        assertEquals(wrongCode, text(c, "SELECT GROUP_CONCAT(account_code) FROM ledger_audit_difference WHERE run_id = " + runId));
        assertEquals(77, count(c, "SELECT balance_debit_satang - line_debit_satang FROM ledger_audit_difference WHERE run_id = " + runId));
        assertEquals(77, count(c, "SELECT balance_credit_satang - line_credit_satang FROM ledger_audit_difference WHERE run_id = " + runId));
      }
    } finally {
      try (Connection c = dataSource.getConnection(); PreparedStatement restore = c.prepareStatement(
          "UPDATE account_balance SET debit_satang = debit_satang - 77, credit_satang = credit_satang - 77 WHERE account_id = ? AND slot = 0")) {
        restore.setLong(1, wrong);
        restore.executeUpdate();
        // a run left half done by a failure here is quiet: any instance's watch finishes it
        c.createStatement().executeUpdate("UPDATE ledger_audit_run SET heartbeat_at = CURRENT_TIMESTAMP(3) - INTERVAL 5 MINUTE WHERE state = 'RUNNING' AND id = " + runId);
      }
    }
  }

  private void post(long debit, long credit, long satang) {
    ledger.post(new JournalEntry(CoopTime.today(), "audit test", EntrySource.MANUAL, "it", "it-" + UUID.randomUUID(), null, "it",
        List.of(PostingLine.debit(debit, Money.ofSatang(satang)), PostingLine.credit(credit, Money.ofSatang(satang)))));
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(sql); ResultSet rows = read.executeQuery()) {
      rows.next();
      return rows.getString(1);
    }
  }

  @Test
  void theSameIdempotencyKeyTwiceWritesOneEntry() throws Exception {
    long coopFund = ledger.account(LedgerAccounts.COOP_FUND).id();
    long cash = ledger.account(LedgerAccounts.BANK).id();
    String key = "once-" + tag();
    JournalEntry entry = new JournalEntry(CoopTime.today(), "once", EntrySource.PAYMENT, "pay-1", key, null, "it",
        List.of(PostingLine.debit(cash, Money.ofSatang(700)), PostingLine.credit(coopFund, Money.ofSatang(700))));
    long before = debits(cash);
    PostedEntry first = ledger.post(entry);
    PostedEntry second = ledger.post(entry);
    assertEquals(first.id(), second.id());
    assertEquals(before + 700, debits(cash), "posted once");
    try (Connection c = dataSource.getConnection()) {
      assertEquals(1, count(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = '" + key + "'"));
    }
  }

  @Test
  void aClosedMonthRefusesPostingsWithAReasonAndNothingIsWritten() throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement close = c.prepareStatement(
        "INSERT INTO ledger_period (period, status, closed_by, closed_at) VALUES ('2021-03', 'CLOSED', 'it', CURRENT_TIMESTAMP(3))"
            + " ON DUPLICATE KEY UPDATE status = 'CLOSED', closed_by = 'it', closed_at = CURRENT_TIMESTAMP(3)")) {
      close.executeUpdate();
    }
    long cash = ledger.account(LedgerAccounts.BANK).id();
    long fund = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    String key = "closed-" + tag();
    PeriodClosed refused = assertThrows(PeriodClosed.class, () -> ledger.post(new JournalEntry(LocalDate.of(2021, 3, 15), "late", EntrySource.MANUAL, "x", key, null, "it",
        List.of(PostingLine.debit(cash, Money.ofSatang(100)), PostingLine.credit(fund, Money.ofSatang(100))))));
    assertEquals("ledger.periodClosed", refused.messageKey());
    assertEquals("2021-03", refused.arguments()[0]);
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, count(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = '" + key + "'"));
    }
  }

  @Test
  void aPostingBetweenKnownAccountsIsThreeStatementsAndAnAccountWithoutBalanceRowsGetsThem() throws Exception {
    long cash = ledger.account(LedgerAccounts.BANK).id();
    long fresh;
    // an account as a migration once made one (5200 in V18): its balance rows missing
    try (Connection c = dataSource.getConnection(); PreparedStatement open = c.prepareStatement(
        "INSERT INTO ledger_account (code, name_th, name_en, type, balance_slots) VALUES (?, 'บัญชีทดสอบ', 'Test account', 'LIABILITY', 4)",
        java.sql.Statement.RETURN_GENERATED_KEYS)) {
      open.setString(1, "IT-NOROWS-" + tag());
      open.executeUpdate();
      try (ResultSet keys = open.getGeneratedKeys()) {
        keys.next();
        fresh = keys.getLong(1);
      }
    }
    ledger.post(twoLines(cash, fresh, 300, "norows-" + tag()));
    assertEquals(300, credits(fresh), "the amount arrived on a balance row made for it");
    tx.begin();
    long statements;
    try (Connection c = dataSource.getConnection()) {
      long before = questions(c);
      JournalWriter.post(c, twoLines(cash, fresh, 200, "counted-" + tag()));
      statements = questions(c) - before - 1; // the second SHOW STATUS counts itself
    }
    tx.commit();
    assertEquals(3, statements, "the entry, its lines and the balance rows holding the month: the accounts are known");
    assertEquals(500, credits(fresh));
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, count(c, "SELECT COUNT(*) FROM account_balance WHERE account_id = " + fresh + " AND slot >= 4"), "only the account's own slots");
      assertEquals(500, count(c, "SELECT COALESCE(SUM(amount_satang), 0) FROM journal_line WHERE account_id = " + fresh), "balance = its lines");
    }
  }

  /**
   * Issue 13: an open month's settled lines are kept as its totals, and a month-end read adds only
   * the lines posted since; at every step equal to the plain sum of the lines up to each month's end.
   * Kept once however many read at once, and what is read (a kept total changed by hand shows).
   */
  @Test
  void anOpenMonthKeepsItsSettledLinesAndAReadAddsOnlyTheLinesSince() throws Exception {
    long[] accounts = cashAndFund("IT-OM-" + tag());
    long cash = accounts[0];
    long fund = accounts[1];
    java.time.YearMonth last = CoopTime.thisMonth();
    java.time.YearMonth first = last.minusMonths(11);
    moneyIn(cash, fund, last.minusMonths(1).atDay(3), 100_000);
    moneyIn(cash, fund, CoopTime.today(), 25_000);
    long lastPosted = moneyIn(cash, fund, last.minusMonths(2).atDay(28), 7_000);

    // nothing settled: every open month from its lines, nothing kept
    assertEquals(plainMonthEnds(fund, first, last), balances(monthEnds.read(fund, first, last, NONE_SETTLED)));
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, count(c, "SELECT COUNT(*) FROM account_settled_mark WHERE account_id = " + fund));
    }
    // all settled: kept, and the same balances
    Thread.sleep(5);
    assertEquals(plainMonthEnds(fund, first, last), balances(monthEnds.read(fund, first, last, ALL_SETTLED)));
    try (Connection c = dataSource.getConnection()) {
      assertTrue(count(c, "SELECT to_entry_id FROM account_settled_mark WHERE account_id = " + fund) >= lastPosted);
      assertEquals(100_000, kept(c, fund, last.minusMonths(1)));
      assertEquals(25_000, kept(c, fund, last));
      assertEquals(7_000, kept(c, fund, last.minusMonths(2)));
    }

    // posted after the mark, nothing more settled: the kept totals and the lines since
    moneyIn(cash, fund, CoopTime.today(), 333);
    moneyIn(cash, fund, last.minusMonths(1).atDay(9), 4_444);
    assertEquals(plainMonthEnds(fund, first, last), balances(monthEnds.read(fund, first, last, NONE_SETTLED)));
    try (Connection c = dataSource.getConnection()) {
      assertEquals(25_000, kept(c, fund, last), "not kept until settled");
      // the kept totals are what is read: made 1 satang off (by hand, never by the app), the months before show it
      c.createStatement().executeUpdate("UPDATE account_open_month_total SET credit_satang = credit_satang + 1 WHERE account_id = " + fund + " AND period = '" + last + "' ORDER BY source, key_kind LIMIT 1");
      try {
        java.util.Map<java.time.YearMonth, Long> read = balances(monthEnds.read(fund, first, last, NONE_SETTLED));
        java.util.Map<java.time.YearMonth, Long> plain = plainMonthEnds(fund, first, last);
        assertEquals(plain.get(last.minusMonths(1)) - 1, read.get(last.minusMonths(1)));
        assertEquals(plain.get(last), read.get(last));
      } finally {
        c.createStatement().executeUpdate("UPDATE account_open_month_total SET credit_satang = credit_satang - 1 WHERE account_id = " + fund + " AND period = '" + last + "' ORDER BY source, key_kind LIMIT 1");
      }
    }

    // four readers at once as the lines settle: each line is added once
    Thread.sleep(5);
    List<Future<List<coop.fairshare.ledger.MonthEndBalance>>> readers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      readers.add(executor.submit(() -> monthEnds.read(fund, first, last, ALL_SETTLED)));
    }
    for (Future<List<coop.fairshare.ledger.MonthEndBalance>> reader : readers) {
      assertEquals(plainMonthEnds(fund, first, last), balances(reader.get(1, java.util.concurrent.TimeUnit.MINUTES)));
    }
    try (Connection c = dataSource.getConnection()) {
      assertEquals(25_333, kept(c, fund, last));
      assertEquals(104_444, kept(c, fund, last.minusMonths(1)));
    }
  }

  /**
   * Issue 13: what came into an account over months from where (the welfare fund's report) is read
   * from the kept month totals by source and key kind and the lines since, equal to the plain sums
   * of the lines at every step; the key kinds stay few ("slip" of "slip-12").
   */
  @Test
  void whatCameIntoAnAccountBySourceIsReadFromTheKeptTotalsAndEqualsThePlainSums() throws Exception {
    long[] accounts = cashAndFund("IT-BS-" + tag());
    long cash = accounts[0];
    long fund = accounts[1];
    java.time.YearMonth last = CoopTime.thisMonth();
    java.time.YearMonth first = last.minusMonths(11);
    post(cash, fund, last.minusMonths(1).atDay(5), EntrySource.WELFARE, "welfare-in-" + UUID.randomUUID(), 1_000);
    post(cash, fund, CoopTime.today(), EntrySource.WELFARE, "welfare-donation-" + UUID.randomUUID(), 2_000);
    post(cash, fund, last.minusMonths(2).atDay(20), EntrySource.SALE, "sale-split-" + UUID.randomUUID(), 3_000);
    post(cash, fund, CoopTime.today(), EntrySource.MANUAL, "slip-" + System.nanoTime(), 400);
    post(fund, cash, CoopTime.today(), EntrySource.WELFARE, "welfare-claim-" + UUID.randomUUID(), 500);

    java.util.Map<String, List<Long>> expected = java.util.Map.of("WELFARE/welfare-in", List.of(1_000L, 0L), "WELFARE/welfare-donation", List.of(2_000L, 0L),
        "SALE/sale-split", List.of(3_000L, 0L), "MANUAL/slip", List.of(400L, 0L), "WELFARE/welfare-claim", List.of(0L, 500L));
    // nothing settled: from the lines
    assertEquals(expected, bySource(monthEnds.bySource(fund, first, last, NONE_SETTLED)));
    assertEquals(plainBySource(fund, first, last), bySource(monthEnds.bySource(fund, first, last, NONE_SETTLED)));
    // all settled: from the kept totals, one row a month, source and kind
    Thread.sleep(5);
    assertEquals(expected, bySource(monthEnds.bySource(fund, first, last, ALL_SETTLED)));
    try (Connection c = dataSource.getConnection()) {
      assertEquals(5, count(c, "SELECT COUNT(*) FROM account_open_month_total WHERE account_id = " + fund));
    }
    // posted since the mark: the kept totals and the lines since; a window of this month only
    post(cash, fund, CoopTime.today(), EntrySource.WELFARE, "welfare-in-" + UUID.randomUUID(), 77);
    assertEquals(plainBySource(fund, first, last), bySource(monthEnds.bySource(fund, first, last, NONE_SETTLED)));
    assertEquals(plainBySource(fund, last, last), bySource(monthEnds.bySource(fund, last, last, NONE_SETTLED)));
    assertEquals(List.of(77L, 0L), bySource(monthEnds.bySource(fund, last, last, NONE_SETTLED)).get("WELFARE/welfare-in"));
    // and the balances read from the same kept rows still equal the lines
    assertEquals(plainMonthEnds(fund, first, last), balances(monthEnds.read(fund, first, last, ALL_SETTLED)));
  }

  @Test
  void whatAPayableOwesForSalesUpToADayIsItsBalanceLessLaterCreditsAndEqualsItsLines() throws Exception {
    // a maker's payable of the test's own: sold 30 and 3 days ago and today, 9,000 taken back 2 days ago, a refund today
    // (the debits are not PAYMENT entries: the payouts page lists an account paid lately, and this one has no owner)
    String code = coop.fairshare.ledger.OwnedAccount.MAKER_PAYABLE.codeFor("IT" + tag());
    long cash;
    long payable;
    try (Connection c = dataSource.getConnection()) {
      cash = JournalWriter.openAccount(c, "IT-OW-" + tag(), "เงินทดสอบ", "Test cash", AccountType.ASSET, OwnerKind.NONE, null, 1);
      // no owner: it is settled at the end and never paid out, so no payout proposal or payouts page of another test lists it
      payable = JournalWriter.openAccount(c, code, "เจ้าหนี้ทดสอบ", "Test payable", AccountType.LIABILITY, OwnerKind.NONE, null, 1);
    }
    LocalDate today = CoopTime.today();
    post(cash, payable, today.minusDays(30), EntrySource.SALE, "sale-" + UUID.randomUUID(), 10_000);
    post(cash, payable, today.minusDays(3), EntrySource.SALE, "sale-" + UUID.randomUUID(), 2_500);
    post(payable, cash, today.minusDays(2), EntrySource.MANUAL, "taken-" + UUID.randomUUID(), 9_000);
    post(cash, payable, today, EntrySource.SALE, "sale-" + UUID.randomUUID(), 700);
    post(payable, cash, today, EntrySource.REFUND, "refund-" + UUID.randomUUID(), 200);
    // credits up to the day less every debit, never below zero: 10,000 + 2,500 + 700 - 9,200 today;
    // 10,000 + 2,500 - 9,200 up to yesterday; 10,000 - 9,200 up to 3 weeks ago; nothing before the first sale
    assertEquals(4_000L, monthEnds.payablesOwedUpTo(today).get(code));
    assertEquals(3_300L, monthEnds.payablesOwedUpTo(today.minusDays(1)).get(code));
    assertEquals(800L, monthEnds.payablesOwedUpTo(today.minusDays(21)).get(code));
    assertNull(monthEnds.payablesOwedUpTo(today.minusDays(31)).get(code), "owes nothing for sales before its first");
    // every payable account of the shared database: equal to its lines summed the plain way, for each day
    for (LocalDate upTo : List.of(today, today.minusDays(1), today.minusDays(21), today.minusDays(400))) {
      assertEquals(plainOwedUpTo(upTo), monthEnds.payablesOwedUpTo(upTo), "owed for sales up to " + upTo);
    }
    // settled: owes nothing for any day
    post(payable, cash, today, EntrySource.MANUAL, "settled-" + UUID.randomUUID(), 4_000);
    assertNull(monthEnds.payablesOwedUpTo(today).get(code));
    assertNull(monthEnds.payablesOwedUpTo(today.minusDays(1)).get(code));
  }

  /** What each maker's and group's payable owes for sales up to a day, from every line: credits dated up to it less every debit, where above zero. */
  private java.util.Map<String, Long> plainOwedUpTo(LocalDate upTo) throws SQLException {
    java.util.Map<String, Long> owed = new java.util.TreeMap<>();
    String codes = java.util.Arrays.stream(coop.fairshare.ledger.OwnedAccount.values()).filter(coop.fairshare.ledger.OwnedAccount::paidOut)
        .map(p -> "a.code LIKE '" + p.codeFor("") + "%'").collect(java.util.stream.Collectors.joining(" OR "));
    try (Connection c = dataSource.getConnection();
        PreparedStatement read = c.prepareStatement("SELECT a.code, SUM(CASE WHEN l.side = 'D' THEN -l.amount_satang WHEN e.entry_date <= ? THEN l.amount_satang ELSE 0 END)"
            + " FROM ledger_account a JOIN journal_line l ON l.account_id = a.id JOIN journal_entry e ON e.id = l.entry_id WHERE (" + codes + ") GROUP BY a.code")) {
      read.setDate(1, java.sql.Date.valueOf(upTo));
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          if (rows.getLong(2) > 0) {
            owed.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
    }
    return owed;
  }

  /** Settling times for MonthEndsProbe: nothing counts as settled, or every committed entry does. */
  private static final java.time.Duration NONE_SETTLED = java.time.Duration.ofDays(36_500);
  private static final java.time.Duration ALL_SETTLED = java.time.Duration.ZERO;

  /** A cash account and a fund of the test's own, nothing else posts to them: their ids. */
  private long[] cashAndFund(String codePrefix) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return new long[] {JournalWriter.openAccount(c, codePrefix + "A", "เงินทดสอบ", "Test cash", AccountType.ASSET, OwnerKind.NONE, null, 1),
          JournalWriter.openAccount(c, codePrefix + "F", "กองทุนทดสอบ", "Test fund", AccountType.EQUITY, OwnerKind.NONE, null, 1)};
    }
  }

  private void post(long debit, long credit, LocalDate date, EntrySource source, String key, long satang) {
    ledger.post(new JournalEntry(date, "ทดสอบแหล่งเงิน", source, "it", key, null, "it",
        List.of(PostingLine.debit(debit, Money.ofSatang(satang)), PostingLine.credit(credit, Money.ofSatang(satang)))));
  }

  /** "SOURCE/kind" → [credits, debits]. */
  private static java.util.Map<String, List<Long>> bySource(List<coop.fairshare.ledger.SourcedTotal> totals) {
    java.util.Map<String, List<Long>> out = new java.util.TreeMap<>();
    totals.forEach(t -> out.put(t.source() + "/" + t.keyKind(), List.of(t.credits().satang(), t.debits().satang())));
    return out;
  }

  private java.util.Map<String, List<Long>> plainBySource(long fund, java.time.YearMonth first, java.time.YearMonth last) throws SQLException {
    java.util.Map<String, List<Long>> out = new java.util.TreeMap<>();
    try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rows = s.executeQuery("SELECT e.source, " + coop.fairshare.ledger.SourcedTotal.KEY_KIND_SQL + ","
            + " SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE 0 END), SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE 0 END)"
            + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = " + fund
            + " AND e.entry_date BETWEEN '" + first.atDay(1) + "' AND '" + last.atEndOfMonth() + "' GROUP BY 1, 2")) {
      while (rows.next()) {
        out.put(rows.getString(1) + "/" + rows.getString(2), List.of(rows.getLong(3), rows.getLong(4)));
      }
    }
    return out;
  }

  /**
   * What the settled mark stands on: a posting whose transaction outlives its timeout (Payara's is
   * 300 s for every transaction, pre-boot-commands.asadmin; 1 s here) is rolled back, never committed.
   */
  @Test
  void aPostingWhoseTransactionOutlivesItsTimeoutIsRolledBackNotCommitted() throws Exception {
    long cash = ledger.account(LedgerAccounts.BANK).id();
    long fund = ledger.account(LedgerAccounts.COOP_FUND).id();
    String key = "it-late-" + UUID.randomUUID();
    tx.setTransactionTimeout(1);
    tx.begin();
    try {
      ledger.post(new JournalEntry(CoopTime.today(), "ช้าเกินไป", EntrySource.MANUAL, "it", key, null, "it",
          List.of(PostingLine.debit(cash, Money.ofSatang(100)), PostingLine.credit(fund, Money.ofSatang(100)))));
      Thread.sleep(2_500);
      assertThrows(jakarta.transaction.RollbackException.class, tx::commit);
    } finally {
      tx.setTransactionTimeout(0);
      if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    }
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, count(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = '" + key + "'"));
    }
  }

  @Test
  void aCloseWaitsForAPostingInFlightBetweenKnownAccountsAndAPostingAfterItIsRefused() throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement open = c.prepareStatement(
        "INSERT INTO ledger_period (period) VALUES ('2021-05') ON DUPLICATE KEY UPDATE status = 'OPEN', closed_by = NULL, closed_at = NULL")) {
      open.executeUpdate();
    }
    long cash = ledger.account(LedgerAccounts.BANK).id();
    long fund = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    ledger.post(twoLines(cash, fund, 100, "known-" + tag())); // both accounts known to the JVM now: nothing is read before the entry
    String inFlight = "in-flight-" + tag();
    tx.begin();
    Future<Integer> close;
    try {
      try (Connection c = dataSource.getConnection()) {
        JournalWriter.post(c, twoLines(cash, fund, 400, inFlight, LocalDate.of(2021, 5, 10)));
      }
      close = executor.submit(() -> {
        try (Connection c = dataSource.getConnection(); PreparedStatement closing = c.prepareStatement(
            "UPDATE ledger_period SET status = 'CLOSED', closed_by = 'it', closed_at = CURRENT_TIMESTAMP(3) WHERE period = '2021-05' AND status = 'OPEN'")) {
          return closing.executeUpdate();
        }
      });
      assertThrows(java.util.concurrent.TimeoutException.class, () -> close.get(2, java.util.concurrent.TimeUnit.SECONDS),
          "the close waits while a posting into its month is in flight");
    } finally {
      tx.rollback(); // nothing kept in an old month: other tests read the months from the first posting on
    }
    assertEquals(1, close.get(30, java.util.concurrent.TimeUnit.SECONDS), "then closes the month");
    String late = "late-" + tag();
    PeriodClosed refused = assertThrows(PeriodClosed.class, () -> ledger.post(twoLines(cash, fund, 300, late, LocalDate.of(2021, 5, 11))));
    assertEquals("2021-05", refused.arguments()[0]);
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, count(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = '" + inFlight + "'"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = '" + late + "'"), "nothing of the refused posting is kept");
      LedgerAudit.Findings findings = LedgerAudit.run(c);
      assertTrue(findings.clean(), findings.toString());
    }
  }

  @Test
  void aPostingToAnAccountThatDoesNotExistIsRefusedWithAReasonAndNothingIsWritten() throws Exception {
    long cash = ledger.account(LedgerAccounts.BANK).id();
    String key = "unknown-" + tag();
    coop.fairshare.shared.BadInput refused = assertThrows(coop.fairshare.shared.BadInput.class, () -> ledger.post(twoLines(cash, 987_654_321L, 100, key)));
    assertEquals("ledger.account.unknown", refused.messageKey());
    try (Connection c = dataSource.getConnection()) {
      assertEquals(0, count(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = '" + key + "'"));
    }
  }

  private static JournalEntry twoLines(long debit, long credit, long satang, String key) {
    return twoLines(debit, credit, satang, key, CoopTime.today());
  }

  private static JournalEntry twoLines(long debit, long credit, long satang, String key, LocalDate on) {
    return new JournalEntry(on, "two lines", EntrySource.MANUAL, "it", key, null, "it",
        List.of(PostingLine.debit(debit, Money.ofSatang(satang)), PostingLine.credit(credit, Money.ofSatang(satang))));
  }

  private static long questions(Connection c) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SHOW SESSION STATUS LIKE 'Questions'"); ResultSet row = read.executeQuery()) {
      row.next();
      return row.getLong(2);
    }
  }

  @Test
  void entriesAndLinesCannotBeUpdatedOrDeletedEvenWithSql() throws Exception {
    long cash = ledger.account(LedgerAccounts.BANK).id();
    long fund = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    PostedEntry entry = ledger.post(new JournalEntry(CoopTime.today(), "permanent", EntrySource.WELFARE, "w-1", "perm-" + tag(), null, "it",
        List.of(PostingLine.debit(fund, Money.ofSatang(500)), PostingLine.credit(cash, Money.ofSatang(500)))));
    for (String sql : List.of("UPDATE journal_entry SET description = 'changed' WHERE id = " + entry.id(), "DELETE FROM journal_entry WHERE id = " + entry.id(),
        "UPDATE journal_line SET amount_satang = 1 WHERE entry_id = " + entry.id(), "DELETE FROM journal_line WHERE entry_id = " + entry.id())) {
      try (Connection c = dataSource.getConnection(); PreparedStatement change = c.prepareStatement(sql)) {
        SQLException refused = assertThrows(SQLException.class, change::executeUpdate, sql);
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
      }
    }
    try (Connection c = dataSource.getConnection()) {
      assertEquals(500, count(c, "SELECT SUM(amount_satang) FROM journal_line WHERE side = 'D' AND entry_id = " + entry.id()));
    }
  }

  @Test
  void aSaleIsSplitUnderTheRuleInForceStoredAndPostedOnce() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup("SPL-", tag);
    Member maker = new Member("S-" + (10000 + ThreadLocalRandom.current().nextInt(89999)), "นางทอผ้า " + tag, "Ms Weaver", group, "ทอผ้า", Gender.FEMALE, LocalDate.of(2015, 1, 1));
    em.persist(maker);
    Product silk = new Product("SPL-" + tag, group, ProductCategory.HANDICRAFT, new ProductText("ผ้าไหม", "Silk", "ผ้าไหมมัดหมี่", "Mudmee silk"), Money.ofBaht(1000), 400, null);
    silk.madeBy(maker);
    em.persist(silk);
    tx.commit();
    // the group's own rule, so no other test's cooperative or category rule (nor the day the run
    // crosses midnight) changes what this sale is split under: 70 / 15 / 10 / 5, 5 of the 70 into savings
    groupRule(group.id(), LocalDate.of(2020, 1, 1), 7000, 1500, 1000, 500, 500);

    SaleSplit split = sales.record("order-" + tag + "-1", silk.id(), Money.ofBaht(1000), Money.ofSatang(3650));
    SplitAllocation a = split.allocation();
    assertEquals(Money.ofBaht(700), a.maker());
    assertEquals(Money.ofBaht(50), a.makerSavings());
    assertEquals(Money.ofBaht(150), a.group());
    assertEquals(Money.ofBaht(100), a.coop());
    assertEquals(Money.ofBaht(50), a.welfare());
    assertEquals(Money.ofSatang(10000 - 3650), a.coopAfterFee(), "the fee comes out of the cooperative's part");
    assertEquals(split.id(), sales.record("order-" + tag + "-1", silk.id(), Money.ofBaht(5), Money.ZERO).id(), "the same sale reference keeps its split");

    // a new rule for the group from today does not rewrite the stored split, but the next sale uses it
    groupRule(group.id(), CoopTime.today(), 8000, 1000, 500, 500, 0);
    assertEquals(Money.ofBaht(700), sales.find("order-" + tag + "-1").orElseThrow().allocation().maker());
    SaleSplit next = sales.record("order-" + tag + "-2", silk.id(), Money.ofBaht(1000), Money.ZERO);
    assertEquals(Money.ofBaht(800), next.allocation().maker());
    assertNotEquals(split.ruleId(), next.ruleId());
    SplitPreview preview = money.forProduct(silk.id(), Money.ofBaht(100));
    assertEquals(Money.ofBaht(80), preview.allocation().maker());

    long welfare = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    long welfareBefore = credits(welfare);
    PostedEntry posted = sales.post("order-" + tag + "-1", LedgerAccounts.CARD_CLEARING);
    PostedEntry again = sales.post("order-" + tag + "-1", LedgerAccounts.CARD_CLEARING);
    assertEquals(posted.id(), again.id(), "posted once");
    assertEquals(Money.ofBaht(1000), posted.total());
    assertEquals(welfareBefore + 5000, credits(welfare));
    assertTrue(posted.lines().stream().anyMatch(l -> l.account().code().equals(LedgerAccounts.makerPayable(maker.memberNumber())) && l.amount().equals(Money.ofBaht(650))),
        () -> "the maker's cash share is owed to her by name: " + posted.lines().stream().map(l -> l.account().code() + " " + l.amount()).toList());
    assertTrue(posted.lines().stream().anyMatch(l -> l.account().code().equals(LedgerAccounts.memberSavings(maker.memberNumber())) && l.amount().equals(Money.ofBaht(50))), "her savings part went to her savings");
    assertTrue(posted.lines().stream().anyMatch(l -> l.account().code().equals(LedgerAccounts.PAYMENT_FEES) && l.amount().equals(Money.ofSatang(3650))), "the fee is the cooperative's expense");
    assertTrue(posted.lines().stream().anyMatch(l -> l.account().code().equals(LedgerAccounts.CARD_CLEARING) && l.amount().equals(Money.ofSatang(100000 - 3650))));
    assertFalse(sales.find("order-" + tag + "-2").orElseThrow().isPosted());
    try (Connection c = dataSource.getConnection()) {
      assertTrue(LedgerAudit.run(c).clean());
    }
  }

  /**
   * The rule in force is the narrowest scope's newest version up to the day, all three scopes read in
   * one look-up (by the database's scope key). Days after every rule already kept (other tests' too), far
   * ahead, so no sale meets these rules and on these days they are each scope's newest.
   */
  @Test
  void theRuleInForceIsTheNarrowestScopesNewestVersionUpToTheDay() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup("SRF-", tag);
    tx.commit();
    LocalDate day;
    try (Connection c = dataSource.getConnection(); PreparedStatement last = c.prepareStatement("SELECT MAX(effective_from) FROM split_rule");
        var row = last.executeQuery()) {
      row.next();
      LocalDate latest = row.getObject(1, LocalDate.class);
      LocalDate floor = LocalDate.of(2300, 1, 1);
      day = (latest == null || latest.isBefore(floor) ? floor : latest).plusDays(1 + ThreadLocalRandom.current().nextInt(1000));
    }
    long cooperative;
    long oem;
    long oemLater;
    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
        "INSERT INTO split_rule (scope, category, group_id, effective_from, maker_bp, group_bp, coop_bp, welfare_bp, maker_savings_bp, created_by) VALUES (?, ?, ?, ?, 7000, 1500, 1000, 500, 0, 'it')",
        java.sql.Statement.RETURN_GENERATED_KEYS)) {
      cooperative = ruleId(insert, "COOP", null, null, day);
      oem = ruleId(insert, "CATEGORY", "OEM", null, day.plusDays(1));
      oemLater = ruleId(insert, "CATEGORY", "OEM", null, day.plusDays(3));
    }
    groupRule(group.id(), day.plusDays(2), 8000, 1000, 500, 500, 0);

    SplitRule first = rules.ruleFor(group.id(), ProductCategory.OEM, day);
    assertNotEquals(oem, first.id(), "a version from tomorrow is not in force today");
    assertNotEquals(RuleScope.GROUP, first.scope());
    if (first.scope() == RuleScope.COOP) {
      assertEquals(cooperative, first.id(), "the cooperative's newest version");
    }
    assertEquals(oem, rules.ruleFor(group.id(), ProductCategory.OEM, day.plusDays(1)).id(), "the category's rule wins over the cooperative's");
    SplitRule handicraft = rules.ruleFor(group.id(), ProductCategory.HANDICRAFT, day.plusDays(1));
    assertNotEquals(oem, handicraft.id(), "another category's rule is not this product's");
    assertNotEquals(ProductCategory.OEM, handicraft.category());
    assertEquals(cooperative, rules.ruleFor(group.id(), null, day.plusDays(1)).id(), "without a kind, the category is not asked");
    assertEquals(cooperative, rules.ruleFor(group.id() + 1_000_000, null, day.plusDays(1)).id());
    SplitRule groups = rules.ruleFor(group.id(), ProductCategory.OEM, day.plusDays(2));
    assertEquals(RuleScope.GROUP, groups.scope(), "the group's rule wins over its category's");
    assertEquals(group.id(), groups.groupId());
    assertEquals(groups.id(), rules.ruleFor(group.id(), ProductCategory.OEM, day.plusDays(3)).id(), "a newer category version does not unseat the group's rule");
    assertEquals(oemLater, rules.ruleFor(group.id() + 1_000_000, ProductCategory.OEM, day.plusDays(3)).id(), "another group gets the category's newest version");
  }

  /** A producer group of its own for a test, persisted in the caller's transaction. */
  private ProducerGroup newGroup(String codePrefix, String tag) {
    ProducerGroup group = new ProducerGroup(codePrefix + tag, "กลุ่มทดสอบ " + tag, "Test group " + tag, em.find(Region.class, 2L), "สุรินทร์", "เรื่อง", "Story", 2010);
    em.persist(group);
    return group;
  }

  private static long ruleId(PreparedStatement insert, String scope, String category, Long groupId, LocalDate from) throws SQLException {
    insert.setString(1, scope);
    insert.setString(2, category);
    insert.setObject(3, groupId);
    insert.setObject(4, from);
    insert.executeUpdate();
    try (var keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  /** The database itself keeps one version of a rule per scope and date (V11), whoever inserts it. */
  @Test
  void theDatabaseRefusesASecondRuleVersionForTheSameScopeAndDate() throws Exception {
    // far ahead, so these rules are in force on no day a test runs
    LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    String coop = "INSERT INTO split_rule (scope, category, effective_from, maker_bp, group_bp, coop_bp, welfare_bp, maker_savings_bp, created_by) VALUES (?, ?, ?, 7000, 1500, 1000, 500, 0, 'it')";
    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(coop)) {
      insertRule(insert, "COOP", null, day);
      assertThrows(java.sql.SQLIntegrityConstraintViolationException.class, () -> insertRule(insert, "COOP", null, day), "a second cooperative rule on one date");
      insertRule(insert, "CATEGORY", "PROCESSED_FOOD", day);
      assertThrows(java.sql.SQLIntegrityConstraintViolationException.class, () -> insertRule(insert, "CATEGORY", "PROCESSED_FOOD", day), "a second rule for one category on one date");
      insertRule(insert, "CATEGORY", "HANDICRAFT", day); // another category's rule on that date is its own
      insertRule(insert, "COOP", null, day.plusDays(1)); // and the next day is another version
      assertEquals(1, count(c, "SELECT COUNT(*) FROM split_rule WHERE scope = 'COOP' AND effective_from = '" + day + "'"));
    }
  }

  private static void insertRule(PreparedStatement insert, String scope, String category, LocalDate from) throws SQLException {
    insert.setString(1, scope);
    insert.setString(2, category);
    insert.setObject(3, from);
    insert.executeUpdate();
  }

  private void groupRule(long groupId, LocalDate from, int maker, int group, int coop, int welfare, int savings) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement rule = c.prepareStatement(
        "INSERT INTO split_rule (scope, group_id, effective_from, maker_bp, group_bp, coop_bp, welfare_bp, maker_savings_bp, created_by) VALUES ('GROUP', ?, ?, ?, ?, ?, ?, ?, 'it')")) {
      rule.setLong(1, groupId);
      rule.setObject(2, from);
      rule.setInt(3, maker);
      rule.setInt(4, group);
      rule.setInt(5, coop);
      rule.setInt(6, welfare);
      rule.setInt(7, savings);
      rule.executeUpdate();
    }
  }

  private long debits(long accountId) throws SQLException {
    return sum(accountId, "debit_satang");
  }

  /** Money into the fund: its entry's id. */
  private long moneyIn(long cash, long fund, LocalDate date, long satang) {
    return ledger.post(new JournalEntry(date, "ทุนทดสอบ", EntrySource.MANUAL, "it", "it-" + UUID.randomUUID(), null, "it",
        List.of(PostingLine.debit(cash, Money.ofSatang(satang)), PostingLine.credit(fund, Money.ofSatang(satang))))).id();
  }

  /** What the fund's kept open-month total for the month says it was credited, less its debits. */
  private static long kept(Connection c, long fund, java.time.YearMonth month) throws SQLException {
    return count(c, "SELECT COALESCE(SUM(credit_satang - debit_satang), 0) FROM account_open_month_total WHERE account_id = " + fund + " AND period = '" + month + "'");
  }

  private static java.util.Map<java.time.YearMonth, Long> balances(List<coop.fairshare.ledger.MonthEndBalance> read) {
    java.util.Map<java.time.YearMonth, Long> out = new java.util.LinkedHashMap<>();
    read.forEach(m -> out.put(m.month(), m.balance().satang()));
    return out;
  }

  /** A credit-side account's balance at each month's end as the plain sum of its lines dated up to then. */
  private java.util.Map<java.time.YearMonth, Long> plainMonthEnds(long fund, java.time.YearMonth first, java.time.YearMonth last) throws SQLException {
    java.util.Map<java.time.YearMonth, Long> out = new java.util.LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        out.put(m, count(c, "SELECT COALESCE(SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE -l.amount_satang END), 0) FROM journal_line l"
            + " JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = " + fund + " AND e.entry_date <= '" + m.atEndOfMonth() + "'"));
      }
    }
    return out;
  }

  private long credits(long accountId) throws SQLException {
    return sum(accountId, "credit_satang");
  }

  private long sum(long accountId, String column) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return count(c, "SELECT COALESCE(SUM(" + column + "), 0) FROM account_balance WHERE account_id = " + accountId);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(sql); ResultSet rows = read.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
