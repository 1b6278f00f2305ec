package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.shared.CoopTime;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Members' savings through the API: products an ADMIN defines, accounts, deposits and withdrawals
 * with their refusals, the second treasurer's approval, withdrawals racing that never overdraw,
 * balances equal to their postings and the ledger's audit clean.
 */
@ExtendWith(SharedApp.class)
class SavingsIT {

  private final URL deployed = SharedApp.address();

  private static String first;
  private static String second;
  private static String admin;
  private static String shopper;
  private static Connection db;
  private static WebDriver browser;
  private Api api;
  private URI base;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (first == null) {
      String tag = Fixtures.tag();
      db = Fixtures.connect();
      first = Fixtures.treasurer(db, tag + "a");
      second = Fixtures.treasurer(db, tag + "b");
      admin = Fixtures.admin(db, tag);
      shopper = Fixtures.shopper(db, tag);
    }
  }

  @AfterEach
  void pagesPassedTheirChecks() {
    if (browser != null) {
      Browser.assertPagesPassed(browser);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      Browser.quit(browser);
      browser = null;
    }
  }

  private org.openqa.selenium.WebDriver signedIn(String username) throws Exception {
    if (browser == null) {
      browser = Browser.start();
    }
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, username, Fixtures.PASSWORD);
    Browser.waitFor(browser, org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("signed-in-as")));
    return browser;
  }

  /** A new group's member (its leader), by member number. */
  private String member() throws Exception {
    Group g = Fixtures.group(db, Fixtures.tag(), 1, "กลุ่มออม", "Savers");
    return stringOf("SELECT m.member_number FROM member m JOIN producer_group g ON g.leader_member_id = m.id WHERE g.id = ?", g.id());
  }

  private static String stringOf(String sql, Object... values) throws Exception {
    try (var read = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        read.setObject(i + 1, values[i]);
      }
      try (var rows = read.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private long product(String kind, String monthly, int rateBp, String minimum, String approvalAbove) throws Exception {
    String body = "{\"nameTh\":\"ออมทดสอบ\",\"nameEn\":\"Test savings\",\"kind\":\"" + kind + "\",\"monthlyAmount\":\"" + monthly + "\",\"annualRateBasisPoints\":" + rateBp
        + ",\"minimumBalance\":\"" + minimum + "\",\"approvalAbove\":\"" + approvalAbove + "\",\"interestPosting\":\"MONTHLY\"}";
    return json(api.post("api/savings/products", body, admin), 201).getJsonNumber("id").longValue();
  }

  private String open(String memberNumber, long productId, LocalDate on) throws Exception {
    String body = "{\"memberNumber\":\"" + memberNumber + "\",\"productId\":" + productId + (on == null ? "" : ",\"openedOn\":\"" + on + "\"") + "}";
    return json(api.post("api/savings/accounts", body, first), 201).getString("number");
  }

  private HttpResponse<String> deposit(String account, String amount, LocalDate valueDate, String receipt, String by) throws Exception {
    return api.post("api/savings/accounts/" + account + "/deposits", "{\"amount\":\"" + amount + "\",\"valueDate\":\"" + valueDate + "\",\"receiptNo\":\"" + receipt + "\"}", by);
  }

  private HttpResponse<String> withdraw(String account, String amount, String receipt, String by) throws Exception {
    return api.post("api/savings/accounts/" + account + "/withdrawals", "{\"amount\":\"" + amount + "\",\"receiptNo\":\"" + receipt + "\",\"method\":\"TRANSFER\"}", by);
  }

  private JsonObject account(String number) throws Exception {
    return json(api.get("api/savings/accounts/" + number, first), 200);
  }

  private static String receipt() {
    return "R-" + Fixtures.tag() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
  }

  @Test
  void anAdminDefinesProductsInTheIssuesShapeAndBadTermsAreRefusedBesideTheirField() throws Exception {
    String body = "{\"nameTh\":\"ออมสัจจะรายเดือน\",\"nameEn\":\"Monthly promise\",\"kind\":\"COMPULSORY_MONTHLY\",\"monthlyAmount\":\"100.00\",\"annualRateBasisPoints\":350,"
        + "\"minimumBalance\":\"0.00\",\"approvalAbove\":\"5000.00\",\"interestPosting\":\"MONTHLY\"}";
    problem(api.post("api/savings/products", body, first), 403, null);
    JsonObject made = json(api.post("api/savings/products", body, admin), 201);
    assertThat(made.getString("kind")).isEqualTo("COMPULSORY_MONTHLY");
    assertThat(made.getString("monthlyAmount")).isEqualTo("100.00");
    assertThat(made.getInt("annualRateBasisPoints")).isEqualTo(350);
    assertThat(made.getString("approvalAbove")).isEqualTo("5000.00");
    JsonArray listed = api.get("api/savings/products", first).body().isEmpty() ? null
        : jakarta.json.Json.createReader(new java.io.StringReader(api.get("api/savings/products", first).body())).readArray();
    assertThat(listed).anySatisfy(p -> assertThat(p.asJsonObject().getJsonNumber("id").longValue()).isEqualTo(made.getJsonNumber("id").longValue()));
    assertThat(listed).anySatisfy(p -> assertThat(p.asJsonObject().getBoolean("fromSales")).isTrue());

    JsonObject rate = problem(api.post("api/savings/products", body.replace("350", "5000"), admin), 400, "savings.product.rate");
    assertThat(rate.getString("field")).isEqualTo("annualRateBasisPoints");
    JsonObject monthly = problem(api.post("api/savings/products", body.replace("\"100.00\"", "\"0.00\""), admin), 400, "savings.product.monthlyAmount.required");
    assertThat(monthly.getString("field")).isEqualTo("monthlyAmount");
    JsonObject decimals = problem(api.post("api/savings/products", body.replace("5000.00", "50.005"), admin), 400, "money.decimals");
    assertThat(decimals.getString("field")).isEqualTo("approvalAbove");
    problem(api.post("api/savings/products", body.replace("MONTHLY\"}", "WEEKLY\"}"), admin), 400, "error.unknownValue");
  }

  @Test
  void depositsAndWithdrawalsMoveTheBalanceAndEveryRefusalChangesNothing() throws Exception {
    String member = member();
    long product = product("VOLUNTARY", "0.00", 300, "100.00", "5000.00");
    LocalDate today = CoopTime.today();
    String number = open(member, product, today.minusDays(20));
    problem(api.post("api/savings/accounts", "{\"memberNumber\":\"" + member + "\",\"productId\":" + product + "}", first), 409, "savings.account.exists");
    problem(api.post("api/savings/accounts", "{\"memberNumber\":\"X-99999\",\"productId\":" + product + "}", first), 404, "error.notFound");

    String r1 = receipt();
    JsonObject in = json(deposit(number, "1234.50", today.minusDays(15), r1, first), 201);
    assertThat(in.getJsonNumber("amountSatang").longValue()).isEqualTo(123450);
    assertThat(in.getString("kind")).isEqualTo("DEPOSIT");

    problem(deposit(number, "10.00", today.minusDays(1), r1, first), 409, "savings.receipt.used");
    assertThat(problem(deposit(number, "10.00", today.plusDays(1), receipt(), first), 400, "savings.valueDate.future").getString("field")).isEqualTo("valueDate");
    assertThat(problem(deposit(number, "10.00", today.minusDays(30), receipt(), first), 400, "savings.valueDate.beforeOpening").getString("field")).isEqualTo("valueDate");
    assertThat(problem(deposit(number, "12.345", today, receipt(), first), 400, "money.decimals").getString("field")).isEqualTo("amount");
    assertThat(problem(deposit(number, "-5.00", today, receipt(), first), 400, "savings.amount.positive").getString("field")).isEqualTo("amount");
    problem(deposit(number, "10.00", today, receipt(), shopper), 403, null);
    problem(api.get("api/savings/accounts/SV-999999", first), 404, "error.notFound");

    // 1,234.50 in; the minimum of 100 stays: at most 1,134.50 can come out
    JsonObject tooMuch = problem(withdraw(number, "1134.51", receipt(), first), 409, "savings.withdrawal.tooMuch");
    assertThat(tooMuch.getString("field")).isEqualTo("amount");
    JsonObject out = json(withdraw(number, "200.00", receipt(), first), 201);
    assertThat(out.getString("outcome")).isEqualTo("PAID");
    assertThat(out.getJsonObject("transaction").getJsonNumber("amountSatang").longValue()).isEqualTo(-20000);
    json(deposit(number, "10.25", today, receipt(), second), 201);

    JsonObject account = account(number);
    assertThat(account.getJsonNumber("balanceSatang").longValue()).isEqualTo(123450 - 20000 + 1025);
    JsonArray lines = account.getJsonArray("transactions");
    assertThat(lines).hasSize(3);
    assertThat(lines.getJsonObject(0).getString("valueDate")).isEqualTo(today.minusDays(15).toString());
    assertThat(lines.getJsonObject(0).getString("kind")).isEqualTo("DEPOSIT");
    assertThat(lines.getJsonObject(1).getString("kind")).isIn("WITHDRAWAL", "DEPOSIT");
    assertThat(lines.getJsonObject(2).getJsonNumber("balanceSatang").longValue()).isEqualTo(104475);

    // frozen takes nothing; open again takes money; closing pays out everything
    json(api.post("api/savings/accounts/" + number + "/freeze", "{}", first), 200);
    problem(deposit(number, "10.00", today, receipt(), first), 409, "savings.account.notOpen.frozen");
    json(api.post("api/savings/accounts/" + number + "/unfreeze", "{}", first), 200);
    JsonObject closed = json(api.post("api/savings/accounts/" + number + "/closing", "{\"receiptNo\":\"" + receipt() + "\",\"method\":\"CASH\"}", second), 200);
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonNumber("balanceSatang").longValue()).isZero();
    problem(deposit(number, "10.00", today, receipt(), first), 409, "savings.account.notOpen.closed");
    assertThat(account(number).getJsonArray("transactions").getJsonObject(3).getString("kind")).isEqualTo("CLOSING");
    auditIsClean();
  }

  @Test
  void aWithdrawalAboveTheLimitWaitsForASecondTreasurerWhoIsNotTheProposer() throws Exception {
    String number = open(member(), product("VOLUNTARY", "0.00", 0, "0.00", "5000.00"), null);
    json(deposit(number, "9000.00", CoopTime.today(), receipt(), first), 201);
    HttpResponse<String> big = withdraw(number, "6000.00", receipt(), first);
    JsonObject waiting = json(big, 202);
    assertThat(waiting.getString("outcome")).isEqualTo("WAITING_FOR_APPROVAL");
    long proposal = waiting.getJsonObject("proposal").getJsonNumber("id").longValue();
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).as("nothing paid before approval").isEqualTo(900000);
    // what waits is held: 3,000.01 more would leave the account short if both were paid
    problem(withdraw(number, "3000.01", receipt(), first), 409, "savings.withdrawal.tooMuch");

    problem(api.post("api/savings/withdrawal-proposals/" + proposal + "/approval", "{}", first), 409, "savings.proposal.sameTreasurer");
    JsonObject paid = json(api.post("api/savings/withdrawal-proposals/" + proposal + "/approval", "{}", second), 200);
    assertThat(paid.getString("outcome")).isEqualTo("PAID");
    problem(api.post("api/savings/withdrawal-proposals/" + proposal + "/approval", "{}", second), 409, "savings.proposal.decided");
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).isEqualTo(300000);
    auditIsClean();
  }

  @Test
  void randomDepositsAndWithdrawalsFromFourTreasurersAtOnceLeaveEachBalanceEqualToWhatWasAccepted() throws Exception {
    long product = product("VOLUNTARY", "0.00", 0, "20.00", "100000.00");
    List<String> accounts = List.of(open(member(), product, null), open(member(), product, null));
    java.util.Map<String, java.util.concurrent.atomic.AtomicLong> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    accounts.forEach(a -> accepted.put(a, new java.util.concurrent.atomic.AtomicLong()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int w = 0; w < 4; w++) {
        String by = w % 2 == 0 ? first : second;
        long seed = ThreadLocalRandom.current().nextLong();
        workers.add(pool.submit((Callable<Void>) () -> {
          java.util.Random random = new java.util.Random(seed);
          for (int i = 0; i < 12; i++) {
            String account = accounts.get(random.nextInt(accounts.size()));
            long satang = 1 + random.nextInt(50_000);
            String amount = java.math.BigDecimal.valueOf(satang, 2).toPlainString();
            boolean in = random.nextInt(3) > 0;
            HttpResponse<String> r = in ? deposit(account, amount, CoopTime.today(), receipt(), by) : withdraw(account, amount, receipt(), by);
            if (r.statusCode() == 201) {
              accepted.get(account).addAndGet(in ? satang : -satang);
            } else {
              problem(r, 409, "savings.withdrawal.tooMuch");
            }
          }
          return null;
        }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (String a : accounts) {
      JsonObject account = account(a);
      long balance = account.getJsonNumber("balanceSatang").longValue();
      assertThat(balance).as(a).isEqualTo(accepted.get(a).get()).isGreaterThanOrEqualTo(2000);
      long sum = account.getJsonArray("transactions").getValuesAs(JsonObject.class).stream().mapToLong(l -> l.getJsonNumber("amountSatang").longValue()).sum();
      assertThat(sum).as("the balance of %s is its postings", a).isEqualTo(balance);
    }
    auditIsClean();
  }

  @Test
  void withdrawalsAndDepositsRacingNeverOverdrawAndTheBalanceIsItsPostings() throws Exception {
    String number = open(member(), product("VOLUNTARY", "0.00", 0, "50.00", "100000.00"), null);
    json(deposit(number, "1050.00", CoopTime.today(), receipt(), first), 201);
    // ten withdrawals of 300 at once from 1,000 that may leave: three fit, whatever the order
    int racers = 10;
    CyclicBarrier start = new CyclicBarrier(racers + 4);
    ExecutorService pool = Executors.newFixedThreadPool(racers + 4);
    List<Future<HttpResponse<String>>> outs = new ArrayList<>();
    List<Future<HttpResponse<String>>> ins = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        String by = i % 2 == 0 ? first : second;
        outs.add(pool.submit((Callable<HttpResponse<String>>) () -> {
          start.await();
          return withdraw(number, "300.00", receipt(), by);
        }));
      }
      for (int i = 0; i < 4; i++) {
        // deposits dated today race too; whether one lands before a withdrawal decides nothing here, as it is checked after
        ins.add(pool.submit((Callable<HttpResponse<String>>) () -> {
          start.await();
          return deposit(number, "0.01", CoopTime.today(), receipt(), first);
        }));
      }
      int paid = 0;
      for (Future<HttpResponse<String>> f : outs) {
        HttpResponse<String> r = f.get();
        if (r.statusCode() == 201) {
          paid++;
        } else {
          problem(r, 409, "savings.withdrawal.tooMuch");
        }
      }
      for (Future<HttpResponse<String>> f : ins) {
        assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
      }
      assertThat(paid).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    JsonObject account = account(number);
    long balance = account.getJsonNumber("balanceSatang").longValue();
    assertThat(balance).isEqualTo(105000 - 3 * 30000 + 4);
    long sum = 0;
    for (JsonValue line : account.getJsonArray("transactions")) {
      sum += line.asJsonObject().getJsonNumber("amountSatang").longValue();
      assertThat(line.asJsonObject().getJsonNumber("balanceSatang").longValue()).isEqualTo(sum);
    }
    assertThat(sum).as("the balance is the sum of its postings").isEqualTo(balance);
    auditIsClean();
  }

  private long interestProduct(int rateBp, String minimum) throws Exception {
    return product("VOLUNTARY", "0.00", rateBp, minimum, "100000.00");
  }

  private JsonObject finished(long runId) throws Exception {
    long until = System.currentTimeMillis() + 90_000;
    JsonObject run;
    do {
      run = json(api.get("api/savings/interest-runs/" + runId, first), 200);
      if (!run.getString("state").equals("RUNNING")) {
        return run;
      }
      Thread.sleep(250);
    } while (System.currentTimeMillis() < until);
    throw new AssertionError("interest run " + runId + " did not finish: " + run);
  }

  private long startRun(long productId, String period) throws Exception {
    return json(api.post("api/savings/interest-runs", "{\"productId\":" + productId + ",\"period\":\"" + period + "\"}", first), 202).getJsonNumber("id").longValue();
  }

  /** Σ over the month's days of the end-of-day balance × rate ÷ 365, in satang, rounded once half up: worked out here day by day. */
  private static long byHand(java.time.YearMonth month, long[] endOfDayBalances, int rateBp) {
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      sum = sum.add(java.math.BigDecimal.valueOf(endOfDayBalances[day]));
    }
    return sum.multiply(java.math.BigDecimal.valueOf(rateBp)).divide(java.math.BigDecimal.valueOf(10_000L * 365), 0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  @Test
  void interestForAnEndedMonthIsPostedByDailyBalanceOncePerAccountHoweverOftenItRuns() throws Exception {
    java.time.YearMonth month = CoopTime.thisMonth().minusMonths(1);
    LocalDate before = month.minusMonths(1).atDay(1);
    long product = interestProduct(1825, "500.00");
    // a: 10,000 before the month, +5,000 on the 5th, -2,000 on the 20th
    String a = open(member(), product, before);
    json(deposit(a, "10000.00", before.plusDays(3), receipt(), first), 201);
    json(deposit(a, "5000.00", month.atDay(5), receipt(), first), 201);
    json(api.post("api/savings/accounts/" + a + "/withdrawals", "{\"amount\":\"2000.00\",\"valueDate\":\"" + month.atDay(20) + "\",\"receiptNo\":\"" + receipt() + "\"}", first), 201);
    // b: below the 500 minimum all month, earns nothing
    String b = open(member(), product, before);
    json(deposit(b, "499.99", before, receipt(), first), 201);
    // c: opened on the 10th with 3,333.33 that day
    String c = open(member(), product, month.atDay(10));
    json(deposit(c, "3333.33", month.atDay(10), receipt(), first), 201);

    long[] balancesA = new long[32];
    long[] balancesC = new long[32];
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      balancesA[day] = 1_000_000 + (day >= 5 ? 500_000 : 0) - (day >= 20 ? 200_000 : 0);
      balancesC[day] = day >= 10 ? 333_333 : 0;
    }
    long expectedA = byHand(month, balancesA, 1825);
    long expectedC = byHand(month, balancesC, 1825);
    assertThat(expectedA).isEqualTo(month.lengthOfMonth() == 31 ? 21_050 : month.lengthOfMonth() == 30 ? 20_400 : expectedA);

    problem(api.post("api/savings/interest-runs", "{\"productId\":" + product + ",\"period\":\"" + CoopTime.thisMonth() + "\"}", first), 409, "savings.interest.notEnded");
    problem(api.post("api/savings/interest-runs", "{\"productId\":" + product + ",\"period\":\"" + month.getYear() + "\"}", first), 400, "savings.interest.period.month");
    problem(api.post("api/savings/interest-runs", "{\"productId\":" + product + ",\"period\":\"" + month + "\"}", shopper), 403, null);

    JsonObject run = finished(startRun(product, month.toString()));
    assertThat(run.getString("state")).isEqualTo("DONE");
    assertThat(run.getInt("accounts")).isEqualTo(3);
    assertThat(run.getInt("done")).isEqualTo(3);
    assertThat(run.getJsonNumber("postedSatang").longValue()).isEqualTo(expectedA + expectedC);
    assertThat(interestOf(a)).containsExactly(expectedA);
    assertThat(interestOf(b)).isEmpty();
    assertThat(interestOf(c)).containsExactly(expectedC);
    JsonObject lastLine = last(account(a).getJsonArray("transactions"));
    assertThat(lastLine.getString("valueDate")).isEqualTo(month.atEndOfMonth().toString());

    JsonObject again = finished(startRun(product, month.toString()));
    assertThat(again.getString("state")).isEqualTo("DONE");
    assertThat(again.getJsonNumber("postedSatang").longValue()).as("a second run posts nothing new").isZero();
    assertThat(interestOf(a)).containsExactly(expectedA);
    assertThat(interestOf(c)).containsExactly(expectedC);

    // a zero rate posts nothing
    long zero = interestProduct(0, "0.00");
    String z = open(member(), zero, before);
    json(deposit(z, "8000.00", before, receipt(), first), 201);
    JsonObject none = finished(startRun(zero, month.toString()));
    assertThat(none.getString("state")).isEqualTo("DONE");
    assertThat(none.getJsonNumber("postedSatang").longValue()).isZero();
    assertThat(interestOf(z)).isEmpty();
    auditIsClean();
  }

  @Test
  void aRunStoppedHalfwayIsTakenUpFromItsCheckpointAndEveryAccountIsPostedOnce() throws Exception {
    java.time.YearMonth month = CoopTime.thisMonth().minusMonths(1);
    LocalDate before = month.minusMonths(1).atDay(1);
    long product = interestProduct(1000, "0.00");
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String n = open(member(), product, before);
      json(deposit(n, "1000.00", before, receipt(), first), 201);
      accounts.add(n);
    }
    long expected = byHand(month, java.util.stream.LongStream.range(0, 32).map(d -> 100_000).toArray(), 1000);
    // the app stopped after the first account's step was committed and before the next one:
    // its run is RUNNING with the checkpoint after the first account and no heartbeat for minutes
    long firstId = Long.parseLong(accounts.get(0).substring(3));
    long stopped = Fixtures.insert(db, "INSERT INTO savings_interest_run (product_id, period, state, accounts, done, last_account_id, started_by, heartbeat_at)"
        + " VALUES (?, ?, 'RUNNING', 3, 1, ?, 'treasurer', CURRENT_TIMESTAMP(3) - INTERVAL 5 MINUTE)", product, month.toString(), firstId);
    problem(api.post("api/savings/interest-runs", "{\"productId\":" + product + ",\"period\":\"" + month + "\"}", first), 409, "savings.interest.running");
    // the instance's watch takes it up from the checkpoint: the second and third accounts
    JsonObject resumed = finished(stopped);
    assertThat(resumed.getString("state")).isEqualTo("DONE");
    assertThat(resumed.getInt("done")).isEqualTo(3);
    assertThat(resumed.getJsonNumber("postedSatang").longValue()).isEqualTo(2 * expected);
    assertThat(interestOf(accounts.get(1))).containsExactly(expected);
    assertThat(interestOf(accounts.get(2))).containsExactly(expected);
    // a new run posts what is missing and nothing twice
    JsonObject rerun = finished(startRun(product, month.toString()));
    assertThat(rerun.getJsonNumber("postedSatang").longValue()).isEqualTo(expected);
    for (String n : accounts) {
      assertThat(interestOf(n)).as(n).containsExactly(expected);
    }
    auditIsClean();
  }

  @Test
  void thePassbookPdfHoldsTheMembersThaiNameAndBuddhistEraDatesExactly() throws Exception {
    String member = member();
    String nameTh = stringOf("SELECT full_name_th FROM member WHERE member_number = ?", member);
    String number = open(member, product("VOLUNTARY", "0.00", 0, "0.00", "5000.00"), LocalDate.of(2026, 1, 2));
    json(deposit(number, "1500.00", LocalDate.of(2026, 1, 5), receipt(), first), 201);
    json(deposit(number, "250.25", CoopTime.today(), receipt(), first), 201);
    HttpResponse<byte[]> pdf = api.getBytes("api/savings/accounts/" + number + "/passbook.pdf", "Authorization", Api.basic(first), "Accept", "application/pdf, application/problem+json");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    String[] months = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    LocalDate today = CoopTime.today();
    assertThat(text).contains(nameTh).contains(member).contains(number)
        .contains("5 ม.ค. 2569")
        .contains(today.getDayOfMonth() + " " + months[today.getMonthValue() - 1] + " " + (today.getYear() + 543))
        .doesNotContain("2026");
    assertThat(api.getBytes("api/savings/accounts/" + number + "/passbook.pdf", "Authorization", Api.basic(shopper)).statusCode()).isEqualTo(403);
    assertThat(api.getBytes("api/savings/accounts/SV-999998/passbook.pdf", "Authorization", Api.basic(first)).statusCode()).isEqualTo(404);
  }

  @Test
  void aTreasurerStartsAnInterestRunOnItsPageAndWatchesItFinish() throws Exception {
    java.time.YearMonth month = CoopTime.thisMonth().minusMonths(1);
    long product = interestProduct(500, "0.00");
    String number = open(member(), product, month.minusMonths(1).atDay(1));
    json(deposit(number, "7300.00", month.minusMonths(1).atDay(1), receipt(), first), 201);
    var b = signedIn(first);
    Browser.open(b, base, "savings/interest.xhtml");
    new org.openqa.selenium.support.ui.Select(b.findElement(org.openqa.selenium.By.id("start:product"))).selectByValue(String.valueOf(product));
    Browser.type(b, "start:period", CoopTime.thisMonth().toString());
    b.findElement(org.openqa.selenium.By.id("start:start-run")).click();
    Browser.waitFor(b, org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(org.openqa.selenium.By.id("start:period"), "aria-invalid", "true"));
    assertThat(b.findElement(org.openqa.selenium.By.id("start:period")).getAttribute("value")).as("what she typed stays").isEqualTo(CoopTime.thisMonth().toString());
    new org.openqa.selenium.support.ui.Select(b.findElement(org.openqa.selenium.By.id("start:product"))).selectByValue(String.valueOf(product));
    Browser.type(b, "start:period", month.toString());
    b.findElement(org.openqa.selenium.By.id("start:start-run")).click();
    // 7,300 a day for the whole month at 5 %: 7,300 × 0.05 ÷ 365 = 1 baht a day
    String done = ".fs-interest-run[data-product='" + product + "'][data-state='DONE'] .fs-posted";
    Browser.waitFor(b, org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector(done)));
    assertThat(b.findElement(org.openqa.selenium.By.cssSelector(done)).getText()).isEqualTo("฿" + month.lengthOfMonth() + ".00");
    assertThat(interestOf(number)).containsExactly(month.lengthOfMonth() * 100L);
  }

  @Test
  void savingsFromSalesShowTheSavingsPartOfEverySaleHerMakingEarned() throws Exception {
    Group group = Fixtures.group(db, Fixtures.tag(), 2, "กลุ่มทอผ้าออม", "Saving weavers", Fixtures.product("HANDICRAFT", "ผ้าซิ่น", "Sarong", 100000, 20));
    long maker = Fixtures.number(db, "SELECT leader_member_id FROM producer_group WHERE id = ?", group.id());
    Fixtures.update(db, "UPDATE product SET maker_member_id = ? WHERE id = ?", maker, group.productIds().get(0));
    String memberNumber = stringOf("SELECT member_number FROM member WHERE id = ?", maker);
    buyAndPay(group.variantIds().get(0), 2);
    JsonArray products = jakarta.json.Json.createReader(new java.io.StringReader(api.get("api/savings/products", first).body())).readArray();
    long fromSales = products.getValuesAs(JsonObject.class).stream().filter(p -> p.getBoolean("fromSales")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    String number = open(memberNumber, fromSales, null);
    buyAndPay(group.variantIds().get(0), 1);
    JsonObject account = account(number);
    // the standing split puts 5 % of each sale in the maker's savings: ฿100 of the first sale, ฿50 of the second
    assertThat(account.getJsonArray("transactions").getValuesAs(JsonObject.class)).extracting(l -> l.getString("kind") + " " + l.getJsonNumber("amountSatang"))
        .containsExactly("SALE 10000", "SALE 5000");
    assertThat(account.getJsonNumber("balanceSatang").longValue()).isEqualTo(15000);
    String ledgerAccount = stringOf("SELECT l.code FROM ledger_account l JOIN savings_account a ON a.ledger_account_id = l.id WHERE a.id = ?",
        Long.parseLong(number.substring(3)));
    assertThat(ledgerAccount).isEqualTo("2300-" + memberNumber);
  }

  private void buyAndPay(long variantId, int quantity) throws Exception {
    String order = json(api.post("api/checkout", "{\"lines\":[{\"variantId\":" + variantId + ",\"quantity\":" + quantity + "}],\"recipient\":\"สมใจ รักออม\",\"phone\":\"0812345678\","
        + "\"addressLine\":\"12 หมู่ 4\",\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\","
        + "\"email\":\"saver@example.org\",\"language\":\"th\"}", null), 201).getString("number");
    assertThat(json(api.post("api/treasurer/orders/" + order + "/payment", "{\"reference\":\"KTB-" + order + "\"}", first), 200).getString("state")).isEqualTo("PAID");
  }

  @Test
  void anAdminDefinesAProductOnItsPageAndABadRateIsRefusedBesideItsField() throws Exception {
    var b = signedIn(admin);
    Browser.open(b, base, "savings/products.xhtml");
    String name = "ออมเพื่อการศึกษา " + Fixtures.tag();
    Browser.type(b, "product:nameTh", name);
    Browser.type(b, "product:nameEn", "Savings for school");
    new org.openqa.selenium.support.ui.Select(b.findElement(org.openqa.selenium.By.id("product:kind"))).selectByValue("COMPULSORY_MONTHLY");
    Browser.type(b, "product:monthlyAmount", "200.00");
    Browser.type(b, "product:rate", "5000");
    b.findElement(org.openqa.selenium.By.id("product:save")).click();
    Browser.waitFor(b, org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(org.openqa.selenium.By.id("product:rate"), "aria-invalid", "true"));
    assertThat(b.findElement(org.openqa.selenium.By.id("product:nameTh")).getAttribute("value")).isEqualTo(name);
    assertThat(b.findElements(org.openqa.selenium.By.xpath("//td[contains(., '" + name + "')]"))).isEmpty();
    Browser.type(b, "product:rate", "275");
    b.findElement(org.openqa.selenium.By.id("product:save")).click();
    Browser.waitFor(b, org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.xpath("//td[contains(., '" + name + "')]")));
    JsonObject made = jakarta.json.Json.createReader(new java.io.StringReader(api.get("api/savings/products", first).body())).readArray().getValuesAs(JsonObject.class)
        .stream().filter(p -> p.getString("nameTh").equals(name)).findFirst().orElseThrow();
    assertThat(made.getInt("annualRateBasisPoints")).isEqualTo(275);
    assertThat(made.getString("monthlyAmount")).isEqualTo("200.00");
    // a treasurer sees the terms but no form
    signedIn(first);
    Browser.open(b, base, "savings/products.xhtml");
    assertThat(b.findElements(org.openqa.selenium.By.id("product:save"))).isEmpty();
    assertThat(b.findElements(org.openqa.selenium.By.xpath("//td[contains(., '" + name + "')]"))).hasSize(1);
  }

  @Test
  void aMemberSeesOnlyHerOwnSavingsAndLeavesOnlyOnceTheyArePaidOut() throws Exception {
    String hers = member();
    String theirs = member();
    long herId = Long.parseLong(stringOf("SELECT id FROM member WHERE member_number = ?", hers));
    String login = Fixtures.memberLogin(db, Fixtures.tag(), herId);
    long product = product("VOLUNTARY", "0.00", 0, "0.00", "5000.00");
    String mine = open(hers, product, LocalDate.of(2026, 2, 1));
    String other = open(theirs, product, null);
    json(deposit(mine, "321.50", LocalDate.of(2026, 2, 3), receipt(), first), 201);
    json(deposit(other, "999.00", CoopTime.today(), receipt(), first), 201);

    JsonArray listed = jakarta.json.Json.createReader(new java.io.StringReader(api.get("api/savings/my/accounts", login).body())).readArray();
    assertThat(listed.getValuesAs(JsonObject.class)).extracting(a -> a.getString("number")).containsExactly(mine);
    assertThat(json(api.get("api/savings/accounts/" + mine, login), 200).getJsonNumber("balanceSatang").longValue()).isEqualTo(32150);
    problem(api.get("api/savings/accounts/" + other, login), 404, "error.notFound");
    assertThat(api.getBytes("api/savings/accounts/" + other + "/passbook.pdf", "Authorization", Api.basic(login)).statusCode()).isEqualTo(404);
    assertThat(api.getBytes("api/savings/accounts/" + mine + "/passbook.pdf", "Authorization", Api.basic(login)).statusCode()).isEqualTo(200);
    problem(deposit(mine, "1.00", CoopTime.today(), receipt(), login), 403, null);
    problem(api.get("api/savings/groups/1/accounts", login), 403, null);

    // in Chromium: her page shows her account and its passbook, nobody else's
    var b = signedIn(login);
    Browser.open(b, base, "savings/mine.xhtml");
    assertThat(b.findElements(org.openqa.selenium.By.cssSelector(".fs-my-account"))).extracting(e -> e.getAttribute("data-account")).containsExactly(mine);
    assertThat(b.findElement(org.openqa.selenium.By.cssSelector("#passbook-" + mine + " tr.fs-passbook-line")).getAttribute("data-amount")).isEqualTo("32150");
    assertThat(b.getPageSource()).doesNotContain(other);
    Browser.open(b, base, "savings/account.xhtml?n=" + mine);
    assertThat(b.findElements(org.openqa.selenium.By.id("error-page"))).as("the treasurer's account page is not hers").hasSize(1);

    // she may not leave while her savings are held; once paid out, she may
    problem(api.post("api/members/" + hers + "/leave", "{\"on\":\"" + CoopTime.today() + "\"}", first), 409, "member.leave.moneyHeld");
    json(api.post("api/savings/accounts/" + mine + "/closing", "{\"receiptNo\":\"" + receipt() + "\",\"method\":\"CASH\"}", first), 200);
    assertThat(json(api.post("api/members/" + hers + "/leave", "{\"on\":\"" + CoopTime.today() + "\"}", first), 200).getString("status")).isEqualTo("RESIGNED");
  }

  private List<Long> interestOf(String account) throws Exception {
    List<Long> interest = new ArrayList<>();
    for (JsonValue line : account(account).getJsonArray("transactions")) {
      if (line.asJsonObject().getString("kind").equals("INTEREST")) {
        interest.add(line.asJsonObject().getJsonNumber("amountSatang").longValue());
      }
    }
    return interest;
  }

  private static JsonObject last(JsonArray lines) {
    return lines.getJsonObject(lines.size() - 1);
  }

  // ---- arrears, CSV and the treasurer's pages ----------------------------------------------------

  /** Another member of a group, with a Thai name, by member number. */
  private String memberOf(long groupId, String nameTh) throws Exception {
    String number = "T-" + (10000 + ThreadLocalRandom.current().nextInt(89999));
    Fixtures.insert(db, "INSERT INTO member (member_number, full_name_th, full_name_en, group_id, occupation, gender, joined_on) VALUES (?,?,?,?,?,?,?)",
        number, nameTh, "Ms " + number, groupId, "ทอผ้า", "FEMALE", java.sql.Date.valueOf("2010-05-01"));
    return number;
  }

  private long groupOf(String memberNumber) throws Exception {
    return Long.parseLong(stringOf("SELECT group_id FROM member WHERE member_number = ?", memberNumber));
  }

  @Test
  void membersBehindOnTheirMonthlyPromiseAreListedWithMonthsAndAmountMissing() throws Exception {
    String tag = Fixtures.tag();
    String behind = member();
    long group = groupOf(behind);
    String upToDate = memberOf(group, "นางสมใจ ออมดี " + tag);
    String newcomer = memberOf(group, "นางสาวมะลิ ใหม่ " + tag);
    String frozen = memberOf(group, "นางบุญมี หยุดพัก " + tag);
    long monthly = product("COMPULSORY_MONTHLY", "100.00", 350, "0.00", "5000.00");
    long voluntary = product("VOLUNTARY", "0.00", 0, "0.00", "5000.00");
    LocalDate today = CoopTime.today();
    LocalDate twoMonthsAgo = YearMonth.from(today).minusMonths(2).atDay(1);

    // three months due (two months ago, last month, this month): ฿100 paid, ฿200 missing, 2 months behind
    String behindAccount = open(behind, monthly, twoMonthsAgo);
    json(deposit(behindAccount, "100.00", twoMonthsAgo, receipt(), first), 201);
    // a voluntary account and a deposit into it count for nothing here
    json(deposit(open(behind, voluntary, twoMonthsAgo), "500.00", twoMonthsAgo, receipt(), first), 201);
    // paid all three months in one go: not behind
    json(deposit(open(upToDate, monthly, twoMonthsAgo), "300.00", today, receipt(), first), 201);
    // opened this month with nothing paid yet: one month, ฿100
    String newcomerAccount = open(newcomer, monthly, null);
    // a frozen account is not chased
    String frozenAccount = open(frozen, monthly, twoMonthsAgo);
    json(api.post("api/savings/accounts/" + frozenAccount + "/freeze", "{}", first), 200);

    JsonArray list = Json.createReader(new StringReader(api.get("api/savings/groups/" + group + "/arrears", first).body())).readArray();
    assertThat(list).hasSize(2);
    JsonObject most = list.getJsonObject(0);
    assertThat(most.getString("accountNumber")).isEqualTo(behindAccount);
    assertThat(most.getString("memberNumber")).isEqualTo(behind);
    assertThat(most.getInt("monthsDue")).isEqualTo(3);
    assertThat(most.getJsonNumber("expectedSatang").longValue()).isEqualTo(30000);
    assertThat(most.getJsonNumber("paidSatang").longValue()).isEqualTo(10000);
    assertThat(most.getJsonNumber("missingSatang").longValue()).isEqualTo(20000);
    assertThat(most.getInt("monthsBehind")).isEqualTo(2);
    JsonObject next = list.getJsonObject(1);
    assertThat(next.getString("accountNumber")).isEqualTo(newcomerAccount);
    assertThat(next.getString("memberNameTh")).isEqualTo("นางสาวมะลิ ใหม่ " + tag);
    assertThat(next.getInt("monthsBehind")).isEqualTo(1);
    assertThat(next.getJsonNumber("missingSatang").longValue()).isEqualTo(10000);

    // up to the opening month only deposits dated by its end count: the first member had paid that
    // month; the one who paid three months today had not yet; the newcomer owed nothing then
    String opening = YearMonth.from(twoMonthsAgo).toString();
    JsonArray then = Json.createReader(new StringReader(api.get("api/savings/groups/" + group + "/arrears?upTo=" + opening, first).body())).readArray();
    assertThat(then).hasSize(1);
    assertThat(then.getJsonObject(0).getString("memberNumber")).isEqualTo(upToDate);
    assertThat(then.getJsonObject(0).getInt("monthsDue")).isEqualTo(1);
    assertThat(then.getJsonObject(0).getInt("monthsBehind")).isEqualTo(1);
    assertThat(problem(api.get("api/savings/groups/" + group + "/arrears?upTo=2026-13", first), 400, "savings.arrears.monthInvalid").getString("field"))
        .isEqualTo("upTo");
    problem(api.get("api/savings/groups/" + group + "/arrears", shopper), 403, null);
  }

  @Test
  void aGroupsAccountsAndAnAccountsTransactionsComeAsCsvForExcelWithTheThaiNamesWhole() throws Exception {
    String tag = Fixtures.tag();
    String leader = member();
    long group = groupOf(leader);
    String thaiName = "นางสมศรี ใจดี, \"แม่ศรี\" " + tag;
    String saver = memberOf(group, thaiName);
    long product = product("VOLUNTARY", "0.00", 0, "0.00", "5000.00");
    LocalDate opened = CoopTime.today().minusDays(3);
    String number = open(saver, product, opened);
    String r1 = receipt();
    String r2 = receipt();
    json(deposit(number, "1250.50", opened, r1, first), 201);
    json(withdraw(number, "250.25", r2, first), 201);

    HttpResponse<byte[]> file = api.getBytes("api/savings/groups/" + group + "/accounts.csv", "Authorization", Api.basic(first));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    List<CSVRecord> rows = csv(file.body());
    assertThat(rows.get(0).values()).containsExactly("account", "member_number", "member_name", "product", "status", "opened_on", "balance_thb");
    CSVRecord row = rows.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow();
    assertThat(row.values()).containsExactly(number, saver, thaiName, "ออมทดสอบ", "OPEN", opened.toString(), "1000.25");

    HttpResponse<byte[]> movements = api.getBytes("api/savings/accounts/" + number + "/transactions.csv", "Authorization", Api.basic(second));
    assertThat(movements.statusCode()).isEqualTo(200);
    List<CSVRecord> lines = csv(movements.body());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).values()).containsExactly(number, saver, thaiName, opened.toString(), "DEPOSIT", "1250.50", "1250.50", r1);
    assertThat(lines.get(2).values()).containsExactly(number, saver, thaiName, CoopTime.today().toString(), "WITHDRAWAL", "-250.25", "1000.25", r2);

    List<CSVRecord> ofGroup = csv(api.getBytes("api/savings/groups/" + group + "/transactions.csv", "Authorization", Api.basic(first)).body());
    assertThat(ofGroup.stream().filter(r -> r.get(0).equals(number))).hasSize(2);

    assertThat(api.getBytes("api/savings/groups/" + group + "/accounts.csv", "Authorization", Api.basic(shopper)).statusCode()).isEqualTo(403);
    assertThat(api.getBytes("api/savings/accounts/SV-999999/transactions.csv", "Authorization", Api.basic(first)).statusCode()).isEqualTo(404);
  }

  /** The file starts with a UTF-8 byte-order mark (Excel then reads Thai), and parses as RFC 4180. */
  private static List<CSVRecord> csv(byte[] body) throws Exception {
    assertThat(body[0] & 0xFF).isEqualTo(0xEF);
    assertThat(body[1] & 0xFF).isEqualTo(0xBB);
    assertThat(body[2] & 0xFF).isEqualTo(0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n");
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  @Test
  void aTreasurerTakesADepositOnTheAccountPageAndASecondApprovesABigWithdrawal() throws Exception {
    String saver = member();
    long group = groupOf(saver);
    String number = open(saver, product("VOLUNTARY", "0.00", 0, "0.00", "5000.00"), null);
    if (browser == null) {
      browser = Browser.start();
    }
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, first, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));

    // the group's accounts lead to the account's page
    Browser.open(browser, base, "savings/accounts.xhtml?group=" + group);
    browser.findElement(By.cssSelector("#savings-accounts tr[data-account='" + number + "'] a")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("deposit:amount")));
    assertThat(browser.getCurrentUrl()).contains("n=" + number);

    // a mistyped amount is explained beside its field and the receipt typed stays
    String r1 = receipt();
    Browser.type(browser, "deposit:amount", "12.345");
    Browser.type(browser, "deposit:receiptNo", r1);
    browser.findElement(By.id("deposit:submit")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("deposit:amount"), "aria-invalid", "true"));
    assertThat(browser.findElement(By.id("deposit:receiptNo")).getAttribute("value")).isEqualTo(r1);
    assertThat(browser.findElement(By.id("deposit:amount")).getAttribute("value")).isEqualTo("12.345");
    assertThat(browser.findElement(By.id("deposit")).getText()).contains(text("money.decimals"));
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).as("nothing posted").isZero();

    Browser.type(browser, "deposit:amount", "9000.00");
    browser.findElement(By.id("deposit:submit")).click();
    By line = By.cssSelector("#passbook tr[data-reference='" + r1 + "']");
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(line));
    assertThat(browser.findElement(line).getAttribute("data-balance")).isEqualTo("900000");
    assertThat(browser.findElement(By.id("deposit:amount")).getAttribute("value")).isEmpty();
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).isEqualTo(900000);

    // above the product's limit the withdrawal waits for a second treasurer
    String r2 = receipt();
    Browser.type(browser, "withdraw:amount", "6000.00");
    Browser.type(browser, "withdraw:receiptNo", r2);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("withdraw:method"))).selectByValue("TRANSFER");
    browser.findElement(By.id("withdraw:submit")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=status]")));
    assertThat(browser.findElement(By.cssSelector("p[role=status]")).getText()).contains("6,000.00");
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).as("nothing paid before approval").isEqualTo(900000);

    // the proposer sees her own proposal, and her approval is refused in words on the page
    Browser.open(browser, base, "savings/approvals.xhtml");
    By proposal = By.cssSelector("article.fs-withdrawal-proposal[data-account='" + number + "']");
    assertThat(browser.findElement(proposal).getText()).contains(text("savings.approvals.yours"));
    browser.findElement(proposal).findElement(By.cssSelector("input[id$=':approve']")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=alert]")));
    assertThat(browser.findElement(By.cssSelector("p[role=alert]")).getText()).isEqualTo(text("savings.proposal.sameTreasurer"));
    assertThat(browser.findElements(proposal)).hasSize(1);

    // a second treasurer approves: the money is paid out
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, second, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "savings/approvals.xhtml");
    browser.findElement(proposal).findElement(By.cssSelector("input[id$=':approve']")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=status]")));
    assertThat(browser.findElements(proposal)).isEmpty();
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).isEqualTo(300000);

    // freezing asks first; the account then takes nothing until opened again
    Browser.open(browser, base, "savings/account.xhtml?n=" + number);
    assertThat(browser.findElement(By.cssSelector("#passbook tr[data-reference='" + r2 + "']")).getAttribute("data-balance")).isEqualTo("300000");
    browser.findElement(By.id("actions:freeze")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("confirm-status-form:yes-freeze")));
    assertThat(account(number).getString("status")).as("not before it is confirmed").isEqualTo("OPEN");
    browser.findElement(By.id("confirm-status-form:yes-freeze")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("account-status"), "data-status", "FROZEN"));
    assertThat(browser.findElements(By.id("deposit:amount"))).isEmpty();
    browser.findElement(By.id("actions:unfreeze")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("confirm-status-form:yes-unfreeze")));
    browser.findElement(By.id("confirm-status-form:yes-unfreeze")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("account-status"), "data-status", "OPEN"));

    // closing pays out the balance once a receipt is given
    browser.findElement(By.id("actions:close")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("closing:yes-close")));
    browser.findElement(By.id("closing:yes-close")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("closing:receiptNo"), "aria-invalid", "true"));
    Browser.type(browser, "closing:receiptNo", receipt());
    browser.findElement(By.id("closing:yes-close")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("account-status"), "data-status", "CLOSED"));
    assertThat(account(number).getJsonNumber("balanceSatang").longValue()).isZero();

    // the other savings pages show as treasurer
    Browser.open(browser, base, "savings/arrears.xhtml?group=" + group);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text("savings.arrears.title"));
    // the totals page shows what a count kept: the treasurer counts again and finds the group on its page
    openTheGroupsPageOf(countFromThePage(), group);
    assertThat(browser.findElements(By.cssSelector("#group-totals tr[data-group='" + group + "']"))).hasSize(1);

    // a shopper is refused every savings page, and sees no account
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, shopper, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    for (String page : List.of("savings/accounts.xhtml?group=" + group, "savings/account.xhtml?n=" + number, "savings/approvals.xhtml", "savings/totals.xhtml")) {
      Browser.open(browser, base, page);
      assertThat(browser.findElements(By.id("error-page"))).as(page).hasSize(1);
      assertThat(browser.getPageSource()).as(page).doesNotContain(number + "</a>").doesNotContain(saver);
    }
    auditIsClean();
  }

  /**
   * Issue 13: the totals page reads what a count kept, never the accounts. A treasurer counts from
   * the page (a job in the background) and the kept totals are the ledger's balances, group by group
   * and product by product; a second start while one runs joins it; a count whose worker went quiet
   * is taken over from its checkpoint and counts each group once; the older count's totals go; bad
   * page numbers show the first page; none but the desk may count.
   */
  @Test
  void theSavingsTotalsAreCountedInTheBackgroundKeptAndEqualTheLedger() throws Exception {
    String saver = member();
    long group = groupOf(saver);
    String a = open(saver, product("VOLUNTARY", "0.00", 0, "0.00", "50000.00"), null);
    String b = open(saver, product("VOLUNTARY", "0.00", 0, "0.00", "50000.00"), null);
    json(deposit(a, "1234.56", CoopTime.today(), receipt(), first), 201);
    json(deposit(b, "100.00", CoopTime.today(), receipt(), first), 201);

    // none but the desk counts: a shopper, the group's producer and the saver herself are refused
    String herself = Fixtures.memberLogin(db, Fixtures.tag(), Long.parseLong(stringOf("SELECT id FROM member WHERE member_number = ?", saver)));
    String producer = Fixtures.group(db, Fixtures.tag(), 2, "กลุ่มผู้ผลิตทดสอบ", "Test makers").producerUsername();
    long runs = Fixtures.number(db, "SELECT COUNT(*) FROM savings_count_run");
    for (String who : List.of(shopper, herself, producer)) {
      problem(api.post("api/savings/counts", "", who), 403, null);
    }
    assertThat(Fixtures.number(db, "SELECT COUNT(*) FROM savings_count_run")).isEqualTo(runs);

    // a treasurer counts from the page; the group's row holds what the ledger holds for its accounts
    signedIn(first);
    long counted = countFromThePage();
    assertThat(savingsInTheLedger(group)).isEqualTo(123456 + 10000);
    openTheGroupsPageOf(counted, group);
    WebElement row = browser.findElement(By.cssSelector("#group-totals tr.fs-group-total[data-group='" + group + "']"));
    assertThat(Long.parseLong(row.getAttribute("data-balance"))).isEqualTo(savingsInTheLedger(group));
    assertThat(Fixtures.number(db, "SELECT COUNT(*) FROM savings_count_total WHERE run_id = ? AND group_id = ?", counted, group)).as("one row a product").isEqualTo(2);
    keptIsTheLedger(counted);

    // a count already running (another instance's worker at it) is joined, never doubled
    long running = Fixtures.insert(db, "INSERT INTO savings_count_run (group_count, started_by) VALUES (1, 'elsewhere')");
    assertThat(json(api.post("api/savings/counts", "", second), 202).getJsonNumber("id").longValue()).isEqualTo(running);
    assertThat(json(api.post("api/savings/counts", "", first), 202).getJsonNumber("id").longValue()).isEqualTo(running);
    assertThat(Fixtures.number(db, "SELECT COUNT(*) FROM savings_count_run WHERE id > ?", counted)).isEqualTo(1);

    // its worker went quiet half-way, the groups before ours kept: taken over, it goes on from its checkpoint
    Fixtures.update(db, "INSERT INTO savings_count_total (run_id, group_id, product_id, region_id, region_sort, group_code, accounts, balance_satang)"
        + " SELECT ?, group_id, product_id, region_id, region_sort, group_code, accounts, balance_satang FROM savings_count_total WHERE run_id = ? AND group_id < ?",
        running, counted, group);
    Fixtures.update(db, "UPDATE savings_count_run r SET last_group_id = ?, groups_counted = (SELECT COUNT(*) FROM producer_group WHERE id < ?),"
        + " accounts = (SELECT COALESCE(SUM(accounts), 0) FROM savings_count_total WHERE run_id = r.id),"
        + " balance_satang = (SELECT COALESCE(SUM(balance_satang), 0) FROM savings_count_total WHERE run_id = r.id),"
        + " groups_listed = (SELECT COUNT(DISTINCT group_id) FROM savings_count_total WHERE run_id = r.id),"
        + " largest_group_satang = (SELECT COALESCE(MAX(s), 0) FROM (SELECT SUM(balance_satang) s FROM savings_count_total WHERE run_id = ? GROUP BY group_id) x),"
        + " heartbeat_at = CURRENT_TIMESTAMP(3) - INTERVAL 2 MINUTE WHERE id = ?", group - 1, group, running, running);
    // taken over by this start, or a moment earlier by an instance's watch (then this start may be a count of its own)
    long latest = json(api.post("api/savings/counts", "", first), 202).getJsonNumber("id").longValue();
    assertThat(latest).isGreaterThanOrEqualTo(running);
    waitUntilCounted(running);
    waitUntilCounted(latest);
    // every group counted once: the figures of the count taken over are the ledger's (its rows may have gone to a later count's)
    String inTheLedger = rows("SELECT COUNT(*) FROM savings_account").get(0) + "|" + rows("SELECT COALESCE(SUM(b.credit_satang) - SUM(b.debit_satang), 0)"
        + " FROM account_balance b WHERE b.account_id IN (SELECT ledger_account_id FROM savings_account)").get(0);
    assertThat(rows("SELECT state = 'DONE', accounts, balance_satang FROM savings_count_run WHERE id = " + running)).containsExactly("1|" + inTheLedger);
    keptIsTheLedger(latest);
    openTheGroupsPageOf(latest, group);
    assertThat(browser.findElement(By.cssSelector("#group-totals tr.fs-group-total[data-group='" + group + "']")).getAttribute("data-balance"))
        .isEqualTo(String.valueOf(savingsInTheLedger(group)));
    assertThat(browser.findElement(By.id("counted-at")).getAttribute("data-run")).isEqualTo(String.valueOf(latest));
    assertThat(browser.findElement(By.id("account-count")).getText()).isEqualTo(String.valueOf(Fixtures.number(db, "SELECT COUNT(*) FROM savings_account")));
    // the older count's totals go once a newer one is done (a share at a time, just after it)
    long until = System.currentTimeMillis() + 20_000;
    while (Fixtures.number(db, "SELECT COUNT(*) FROM savings_count_total WHERE run_id = ?", counted) > 0 && System.currentTimeMillis() < until) {
      Thread.sleep(200);
    }
    assertThat(Fixtures.number(db, "SELECT COUNT(*) FROM savings_count_total WHERE run_id = ?", counted)).as("the older count's totals are gone").isZero();

    // a page number that is no page shows the first, without an error
    Browser.open(browser, base, "savings/totals.xhtml");
    List<String> firstPage = groupsShown();
    for (String asked : List.of("abc", "-5", "99999999999", "100000")) {
      Browser.open(browser, base, "savings/totals.xhtml?page=" + asked);
      assertThat(browser.findElements(By.id("error-page"))).as(asked).isEmpty();
      assertThat(groupsShown()).as(asked).isEqualTo(firstPage);
    }
  }

  /** Counts the savings with the totals page's button and waits until the page, looking again by itself, shows it done; answers its id. */
  private long countFromThePage() throws Exception {
    long before = Fixtures.number(db, "SELECT COALESCE(MAX(id), 0) FROM savings_count_run WHERE state = 'DONE'");
    Browser.open(browser, base, "savings/totals.xhtml");
    browser.findElement(By.id("count-form:count-again")).click();
    Browser.waitFor(browser, (org.openqa.selenium.support.ui.ExpectedCondition<Boolean>) driver -> {
      List<WebElement> at = driver.findElements(By.id("counted-at"));
      return !at.isEmpty() && Long.parseLong(at.get(0).getAttribute("data-run")) > before && driver.findElements(By.id("counting")).isEmpty();
    }, java.time.Duration.ofSeconds(120));
    return Long.parseLong(browser.findElement(By.id("counted-at")).getAttribute("data-run"));
  }

  private void waitUntilCounted(long run) throws Exception {
    long until = System.currentTimeMillis() + 60_000;
    JsonObject count;
    do {
      count = json(api.get("api/savings/counts/" + run, first), 200);
      if (count.getString("state").equals("DONE")) {
        return;
      }
      Thread.sleep(200);
    } while (System.currentTimeMillis() < until);
    throw new AssertionError("savings count " + run + " did not finish: " + count);
  }

  /** Opens the page of groups (50 a page, by region then code) that shows the group in a count. */
  private void openTheGroupsPageOf(long run, long group) throws Exception {
    long before = Fixtures.number(db, "SELECT COUNT(DISTINCT t.group_id) FROM savings_count_total t JOIN savings_count_total g ON g.run_id = t.run_id AND g.group_id = ?"
        + " WHERE t.run_id = ? AND (t.region_sort, t.group_code) < (g.region_sort, g.group_code)", group, run);
    Browser.open(browser, base, "savings/totals.xhtml?page=" + before / 50);
  }

  private List<String> groupsShown() {
    return browser.findElements(By.cssSelector("#group-totals tr.fs-group-total")).stream().map(e -> e.getAttribute("data-group")).toList();
  }

  /** What the ledger holds for a group's members' savings accounts: credits less debits of their balance rows. */
  private static long savingsInTheLedger(long group) throws Exception {
    return Fixtures.number(db, "SELECT COALESCE(SUM(b.credit_satang) - SUM(b.debit_satang), 0) FROM account_balance b WHERE b.account_id IN"
        + " (SELECT a.ledger_account_id FROM savings_account a JOIN member m ON m.id = a.member_id WHERE m.group_id = ?)", group);
  }

  /** Every group's and product's kept total is its accounts counted and their balances in the ledger, each once; the count's figures are their sums. */
  private static void keptIsTheLedger(long run) throws Exception {
    List<String> ledger = rows("SELECT m.group_id, a.product_id, COUNT(*), COALESCE(SUM(bal.b), 0) FROM savings_account a JOIN member m ON m.id = a.member_id"
        + " LEFT JOIN (SELECT account_id, SUM(credit_satang) - SUM(debit_satang) b FROM account_balance GROUP BY account_id) bal ON bal.account_id = a.ledger_account_id"
        + " GROUP BY m.group_id, a.product_id ORDER BY 1, 2");
    List<String> kept = rows("SELECT group_id, product_id, accounts, balance_satang FROM savings_count_total WHERE run_id = " + run + " ORDER BY 1, 2");
    assertThat(kept).isEqualTo(ledger);
    assertThat(rows("SELECT accounts, balance_satang, groups_listed FROM savings_count_run WHERE id = " + run))
        .isEqualTo(rows("SELECT COALESCE(SUM(accounts), 0), COALESCE(SUM(balance_satang), 0), COUNT(DISTINCT group_id) FROM savings_count_total WHERE run_id = " + run));
  }

  private static List<String> rows(String sql) throws Exception {
    List<String> found = new ArrayList<>();
    try (var read = db.prepareStatement(sql); var rows = read.executeQuery()) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rows.getLong(i)).append(i < columns ? "|" : "");
        }
        found.add(row.toString());
      }
    }
    return found;
  }

  /** A page text in Thai, the language the pages start in. */
  private static String text(String key) {
    return coop.fairshare.shared.web.Texts.text(Locale.forLanguageTag("th"), key);
  }

  private void auditIsClean() throws Exception {
    JsonObject audit = json(api.get("api/ledger/audit", first), 200);
    assertThat(audit.getJsonArray("accountsOff")).as(audit.toString()).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).as(audit.toString()).isEmpty();
    assertThat(audit.getJsonNumber("totalDebits").longValue()).isEqualTo(audit.getJsonNumber("totalCredits").longValue());
  }
}
