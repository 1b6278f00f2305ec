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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavingsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource
  private URL deployed;

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
    Browser.open(browser, base, "savings/totals.xhtml");
    assertThat(browser.findElements(By.cssSelector("#group-totals tr[data-group='" + group + "']"))).hasSize(1);

    // a shopper is refused every savings page, and sees no account
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, shopper, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    for (String page : List.of("savings/accounts.xhtml?group=" + group, "savings/account.xhtml?n=" + number, "savings/approvals.xhtml")) {
      Browser.open(browser, base, page);
      assertThat(browser.findElements(By.id("error-page"))).as(page).hasSize(1);
      assertThat(browser.getPageSource()).as(page).doesNotContain(number + "</a>").doesNotContain(saver);
    }
    auditIsClean();
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
