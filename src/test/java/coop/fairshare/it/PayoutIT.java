package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.shared.CoopTime;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Paying makers and groups, from real sales: payee details kept masked, a payout run proposed by
 * one treasurer and approved by another (never the proposer, not twice at once), its transfer
 * file, paid once, the payables it paid cleared exactly, the others untouched and the books whole;
 * the age of what is owed; the treasurers' payout page and a group's sales page in Chromium.
 */
@ExtendWith(SharedApp.class)
class PayoutIT {

  private final URL deployed = SharedApp.address();

  private static String first;
  private static String second;
  private static String third;
  private static String admin;
  private static String shopper;
  private static WebDriver browser;
  private Api api;
  private URI base;

  /** A group that sells: one product with its maker named, one without. */
  private record Seller(Group group, String nameTh, long makerId, String makerNumber) {
    String groupPayable() {
      return "2200-" + group.code();
    }

    String heldForMakers() {
      return "2150-" + group.code();
    }

    String makerPayable() {
      return "2100-" + makerNumber;
    }

    String savings() {
      return "2300-" + makerNumber;
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (first == null) {
      String tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        first = Fixtures.treasurer(c, tag + "a");
        second = Fixtures.treasurer(c, tag + "b");
        third = Fixtures.treasurer(c, tag + "c");
        admin = Fixtures.admin(c, tag);
        shopper = Fixtures.shopper(c, tag);
      }
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

  @Test
  void aRunPaysExactlyWhatIsOwedToPayeesWithDetailsOnceAndTheBooksStayWhole() throws Exception {
    Seller weavers = seller(1);
    Seller basketry = seller(4);
    sell(weavers, 2, 1);
    sell(basketry, 1, 2);
    bank(weavers.group(), "KBANK", "123-4-56789-0", "กลุ่มทอผ้า, ลำพูน");
    promptPay("member-" + weavers.makerId(), "081-234-5678");
    // basketry has no details: listed, not paid, stays owed

    Map<String, Long> before = balances();
    assertThat(before.get(weavers.groupPayable())).isPositive();
    assertThat(before.get(weavers.heldForMakers())).isPositive();
    assertThat(before.get(weavers.makerPayable())).isPositive();
    assertThat(before.get(weavers.savings())).isPositive();

    problem(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", shopper), 403, "error.accessRefused");
    problem(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", weavers.group().producerUsername()), 403, "error.accessRefused");
    problem(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", null), 401, "error.signInRequired");
    problem(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today().plusDays(1) + "\"}", first), 400, "payout.upTo.future");
    problem(api.post("api/treasurer/payouts", "{\"upTo\":\"28/11/2026\"}", first), 400, "payout.upTo.invalid");
    problem(api.post("api/treasurer/payouts", "{}", first), 400, "error.fieldRequired");

    JsonObject run = json(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", first), 200);
    long id = run.getJsonNumber("id").longValue();
    assertThat(run.getString("status")).isEqualTo("PROPOSED");
    Map<String, JsonObject> lines = lines(run);
    // each payable of these groups is in the run with exactly its balance; savings are not paid out
    for (String code : List.of(weavers.groupPayable(), weavers.heldForMakers(), weavers.makerPayable(), basketry.groupPayable(), basketry.heldForMakers())) {
      assertThat(lines.get(code).getJsonNumber("amountSatang").longValue()).as(code).isEqualTo(before.get(code));
    }
    assertThat(lines).doesNotContainKey(weavers.savings());
    assertThat(lines.get(weavers.groupPayable()).getString("paidTo")).isEqualTo("KBANK xxx-x-x6789-x");
    assertThat(lines.get(weavers.makerPayable()).getString("paidTo")).isEqualTo("PromptPay xxxxxx5678");
    assertThat(lines.get(basketry.groupPayable()).getBoolean("details")).isFalse();
    assertThat(run.toString()).doesNotContain("1234567890").doesNotContain("0812345678");
    // the run's lines a page at a time, in the run's order
    JsonObject lineTwo = json(api.get("api/treasurer/payouts/" + id + "?page=1&size=1", first), 200);
    assertThat(lineTwo.getInt("firstLine")).isEqualTo(1);
    assertThat(lineTwo.getJsonArray("lines").getValuesAs(JsonObject.class)).singleElement()
        .satisfies(l -> assertThat(l.toString()).isEqualTo(run.getJsonArray("lines").getJsonObject(1).toString()));
    assertThat(lineTwo.getBoolean("linesMore")).isEqualTo(run.getJsonNumber("lineCount").longValue() > 2);
    assertThat(lineTwo.getJsonNumber("lineCount").longValue()).isEqualTo(run.getJsonNumber("lineCount").longValue());
    problem(api.get("api/treasurer/payouts/" + id + "?size=201", first), 400, "error.wholeNumberExpected");

    // what a run holds is not proposed again; a later sale is
    sell(weavers, 1, 0);
    Map<String, Long> afterSecondSale = balances();
    JsonObject later = json(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", second), 200);
    Map<String, JsonObject> laterLines = lines(later);
    assertThat(laterLines.get(weavers.groupPayable()).getJsonNumber("amountSatang").longValue())
        .isEqualTo(afterSecondSale.get(weavers.groupPayable()) - before.get(weavers.groupPayable())).isPositive();
    assertThat(laterLines).doesNotContainKey(weavers.heldForMakers()).doesNotContainKey(basketry.groupPayable());
    json(api.post("api/treasurer/payouts/" + later.getJsonNumber("id").longValue() + "/cancellation", "", first), 200);

    // nothing is sold before today in these groups: a run up to yesterday does not pay them
    HttpResponse<String> yesterday = api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today().minusDays(1) + "\"}", first);
    if (yesterday.statusCode() == 200) {
      assertThat(lines(json(yesterday, 200))).doesNotContainKeys(weavers.groupPayable(), weavers.makerPayable(), basketry.groupPayable());
      json(api.post("api/treasurer/payouts/" + json(yesterday, 200).getJsonNumber("id").longValue() + "/cancellation", "", first), 200);
    } else {
      problem(yesterday, 409, "payout.run.nothingOwed");
    }

    // the transfer file waits for approval; the proposer cannot approve, a second treasurer can
    problem(csv(id, second), 409, "payout.run.notApproved");
    problem(api.post("api/treasurer/payouts/" + id + "/paid", "", second), 409, "payout.run.notApproved");
    problem(api.post("api/treasurer/payouts/" + id + "/approval", "", first), 409, "payout.run.sameTreasurer");
    problem(api.post("api/treasurer/payouts/" + id + "/approval", "", shopper), 403, "error.accessRefused");
    JsonObject approved = json(api.post("api/treasurer/payouts/" + id + "/approval", "", second), 200);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(approved.getString("approvedBy")).isEqualTo(second);
    problem(api.post("api/treasurer/payouts/" + id + "/approval", "", third), 409, "payout.run.notProposed");

    HttpResponse<String> file = csv(id, first);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("payout-run-" + id + ".csv");
    byte[] bytes = csvBytes(id, first);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> rows = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    assertThat(rows.get(0)).isEqualTo("payee,bank,account,account_name,amount_thb,reference");
    long groupTransfer = before.get(weavers.groupPayable()) + before.get(weavers.heldForMakers());
    assertThat(rows).contains(weavers.nameTh() + ",004 KBANK,1234567890,\"กลุ่มทอผ้า, ลำพูน\"," + baht(groupTransfer) + ",FS" + id + "-G" + weavers.group().id());
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(",PromptPay,0812345678,").endsWith("," + baht(before.get(weavers.makerPayable())) + ",FS" + id + "-M" + weavers.makerId()));
    assertThat(String.join("\n", rows)).doesNotContain(basketry.group().code());

    // paid: one entry per payee, the payables it paid at exactly zero, the rest untouched
    JsonObject paid = json(api.post("api/treasurer/payouts/" + id + "/paid", "", first), 200);
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getJsonArray("postedEntryIds")).hasSize(paid.getInt("transfers"));
    problem(api.post("api/treasurer/payouts/" + id + "/paid", "", second), 409, "payout.run.alreadyPaid");
    Map<String, Long> after = balances();
    assertThat(after.get(weavers.groupPayable())).isEqualTo(afterSecondSale.get(weavers.groupPayable()) - before.get(weavers.groupPayable()));
    assertThat(after.get(weavers.heldForMakers())).isEqualTo(afterSecondSale.get(weavers.heldForMakers()) - before.get(weavers.heldForMakers()));
    assertThat(after.get(weavers.makerPayable())).isEqualTo(afterSecondSale.get(weavers.makerPayable()) - before.get(weavers.makerPayable()));
    assertThat(after.get(weavers.savings())).isEqualTo(afterSecondSale.get(weavers.savings()));
    assertThat(after.get(basketry.groupPayable())).isEqualTo(before.get(basketry.groupPayable()));
    assertThat(after.get("1000")).isEqualTo(afterSecondSale.get("1000") - paid.getJsonNumber("transferSatang").longValue());

    JsonObject groupEntry = json(api.get("api/ledger/entries/" + paid.getJsonArray("postedEntryIds").getJsonNumber(0).longValue(), first), 200);
    assertThat(groupEntry.getString("source")).isEqualTo("PAYMENT");
    assertThat(groupEntry.getString("sourceRef")).isEqualTo("payout-run:" + id);
    booksAreWhole();
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key LIKE ?", "payout-" + id + "-%")).isEqualTo(paid.getInt("transfers"));
    }

    // the basketry group is still owed, with no details: the next run lists it again
    JsonObject next = json(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", third), 200);
    assertThat(lines(next).get(basketry.groupPayable()).getJsonNumber("amountSatang").longValue()).isEqualTo(before.get(basketry.groupPayable()));
    assertThat(lines(next).get(basketry.groupPayable()).getBoolean("details")).isFalse();
    json(api.post("api/treasurer/payouts/" + next.getJsonNumber("id").longValue() + "/cancellation", "", third), 200);
  }

  @Test
  void twoApprovalsAtOnceApproveOnceAndTwoPaymentsAtOncePayOnce() throws Exception {
    Seller weavers = seller(2);
    sell(weavers, 3, 2);
    bank(weavers.group(), "SCB", "9876543210", "กลุ่มทดสอบ");
    promptPay("member-" + weavers.makerId(), "0899999999");
    Map<String, Long> before = balances();
    long id = json(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", first), 200).getJsonNumber("id").longValue();

    List<HttpResponse<String>> approvals = race(() -> api.post("api/treasurer/payouts/" + id + "/approval", "", second),
        () -> api.post("api/treasurer/payouts/" + id + "/approval", "", third));
    assertThat(approvals).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    approvals.stream().filter(r -> r.statusCode() == 409).forEach(r -> problem(r, 409, "payout.run.notProposed"));
    JsonObject run = json(api.get("api/treasurer/payouts/" + id, first), 200);
    assertThat(run.getString("approvedBy")).isIn(second, third);

    List<HttpResponse<String>> payments = race(() -> api.post("api/treasurer/payouts/" + id + "/paid", "", first),
        () -> api.post("api/treasurer/payouts/" + id + "/paid", "", second));
    assertThat(payments).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    payments.stream().filter(r -> r.statusCode() == 409).forEach(r -> problem(r, 409, "payout.run.alreadyPaid"));
    Map<String, Long> after = balances();
    assertThat(after.get(weavers.groupPayable())).isZero();
    assertThat(after.get(weavers.heldForMakers())).isZero();
    assertThat(after.get(weavers.makerPayable())).isZero();
    assertThat(after.get(weavers.savings())).isEqualTo(before.get(weavers.savings()));
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key LIKE ?", "payout-" + id + "-%")).isEqualTo(run.getInt("transfers"));
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key IN (?, ?)", "payout-" + id + "-group-" + weavers.group().id(),
          "payout-" + id + "-member-" + weavers.makerId())).isEqualTo(2);
    }
    booksAreWhole();
  }

  @Test
  void theDatabaseItselfRefusesAnApprovalByTheProposer() throws Exception {
    Seller weavers = seller(3);
    sell(weavers, 1, 0);
    long id = json(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", first), 200).getJsonNumber("id").longValue();
    try (Connection c = Fixtures.connect()) {
      assertThatThrownBy(() -> Fixtures.update(c, "UPDATE payout_run SET status = 'APPROVED', approved_by = proposed_by, approved_at = NOW(3) WHERE id = ?", id))
          .isInstanceOf(SQLException.class).hasMessageContaining("ck_payout_run_checker");
      assertThatThrownBy(() -> Fixtures.update(c, "UPDATE payout_run SET status = 'PAID' WHERE id = ?", id)).isInstanceOf(SQLException.class);
    }
    json(api.post("api/treasurer/payouts/" + id + "/cancellation", "", second), 200);
    problem(api.post("api/treasurer/payouts/" + id + "/approval", "", second), 409, "payout.run.notProposed");
    problem(api.get("api/treasurer/payouts/999999999", first), 404, "error.notFound");
  }

  @Test
  void payeeDetailsAreCheckedAndOnlyEverAnsweredMasked() throws Exception {
    Seller weavers = seller(5);
    String path = "api/treasurer/payees/group-" + weavers.group().id();
    problem(api.put(path, "{\"method\":\"BANK\",\"bank\":\"NOPE\",\"accountNumber\":\"1234567890\",\"accountName\":\"x\"}", first), 400, "payee.bank.unknown");
    problem(api.put(path, "{\"method\":\"BANK\",\"bank\":\"KTB\",\"accountNumber\":\"12345\",\"accountName\":\"x\"}", first), 400, "payee.accountNumber.invalid");
    problem(api.put(path, "{\"method\":\"BANK\",\"bank\":\"KTB\",\"accountNumber\":\"1234567890\",\"accountName\":\" \"}", first), 400, "text.required");
    problem(api.put(path, "{\"method\":\"PROMPTPAY\",\"promptPayId\":\"12\"}", first), 400, "promptpay.id.invalid");
    problem(api.put(path, "{\"method\":\"CASH\"}", first), 400, "payee.method.unknown");
    problem(api.put("api/treasurer/payees/shop-1", "{\"method\":\"PROMPTPAY\",\"promptPayId\":\"0812345678\"}", first), 400, "payee.unknown");
    problem(api.put("api/treasurer/payees/group-999999999", "{\"method\":\"PROMPTPAY\",\"promptPayId\":\"0812345678\"}", first), 404, "error.notFound");
    problem(api.put(path, "{\"method\":\"PROMPTPAY\",\"promptPayId\":\"0812345678\"}", weavers.group().producerUsername()), 403, "error.accessRefused");
    problem(api.get(path, shopper), 403, "error.accessRefused");
    problem(api.get(path, first), 404, "error.notFound");

    JsonObject saved = json(api.put(path, "{\"method\":\"BANK\",\"bank\":\"006\",\"accountNumber\":\"111-2-33334-5\",\"accountName\":\"กลุ่มทดสอบ\"}", first), 200);
    assertThat(saved.getString("masked")).isEqualTo("xxx-x-x3334-x");
    assertThat(saved.getString("bank")).isEqualTo("KTB");
    JsonObject changed = json(api.put(path, "{\"method\":\"PROMPTPAY\",\"promptPayId\":\"0-1055-12345-67-8\"}", second), 200);
    assertThat(changed.getString("masked")).isEqualTo("xxxxxxxxx5678");
    assertThat(changed.getString("method")).isEqualTo("PROMPTPAY");
    assertThat(changed.getString("updatedBy")).isEqualTo(second);
    // the list, a page at a time (groups first, by id): the group's page shows it masked
    StringBuilder all = new StringBuilder();
    JsonObject listed;
    int page = 0;
    do {
      listed = json(api.get("api/treasurer/payees?page=" + page++, admin), 200);
      all.append(listed.getJsonArray("payees"));
    } while (listed.getBoolean("more") && !all.toString().contains("\"group-" + weavers.group().id() + "\""));
    assertThat(all.toString()).contains("\"group-" + weavers.group().id() + "\"").contains("xxxxxxxxx5678").doesNotContain("0105512345678").doesNotContain("1112333345");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM payee_detail WHERE payee_kind = 'GROUP' AND payee_id = ? AND method = 'PROMPTPAY' AND bank_code IS NULL", weavers.group().id()))
          .isEqualTo(1);
    }
  }

  @Test
  void moneyOwedLongerThanTheAdminsLimitIsFlaggedAndItsDaysToPayoutMeasured() throws Exception {
    Seller weavers = seller(1);
    sell(weavers, 1, 0);
    bank(weavers.group(), "BBL", "5555555555", "กลุ่มทดสอบ");
    // a share owed from 20 days ago (a treasurers' correction, under maker-checker like any)
    long groupPayable = accountId(weavers.groupPayable());
    long cash = accountId("1000");
    LocalDate old = CoopTime.today().minusDays(20);
    String body = "{\"date\":\"" + old + "\",\"description\":\"ส่วนของกลุ่มที่ยังไม่ได้บันทึก\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":30000},"
        + "{\"accountId\":" + groupPayable + ",\"side\":\"C\",\"amountSatang\":30000}]}";
    long proposal = json(api.post("api/ledger/proposals", body, first), 200).getJsonNumber("id").longValue();
    json(api.post("api/ledger/proposals/" + proposal + "/approve", "", second), 200);

    JsonObject owed = owed(weavers.groupPayable());
    assertThat(owed.getJsonNumber("daysOwed").longValue()).isEqualTo(20);
    assertThat(owed.getString("oldestUnpaid")).isEqualTo(old.toString());
    assertThat(owed.getBoolean("overdue")).isTrue();
    assertThat(owed.getString("paidTo")).isEqualTo("BBL xxx-x-x5555-x");
    assertThat(owed(weavers.makerPayable()).getBoolean("overdue")).isFalse();

    problem(api.put("api/treasurer/payouts/threshold", "{\"days\":30}", first), 403, "error.accessRefused");
    problem(api.put("api/treasurer/payouts/threshold", "{\"days\":0}", admin), 400, "payout.threshold.range");
    assertThat(json(api.put("api/treasurer/payouts/threshold", "{\"days\":30}", admin), 200).getInt("days")).isEqualTo(30);
    try {
      assertThat(owed(weavers.groupPayable()).getBoolean("overdue")).isFalse();
    } finally {
      json(api.put("api/treasurer/payouts/threshold", "{\"days\":7}", admin), 200);
    }

    // paid today: 300 baht after 20 days and the sale's share after 0, weighted by amount
    long sale = balances().get(weavers.groupPayable()) - 30000;
    long id = json(api.post("api/treasurer/payouts", "{\"upTo\":\"" + CoopTime.today() + "\"}", first), 200).getJsonNumber("id").longValue();
    json(api.post("api/treasurer/payouts/" + id + "/approval", "", second), 200);
    json(api.post("api/treasurer/payouts/" + id + "/paid", "", second), 200);
    JsonObject paid = owed(weavers.groupPayable());
    assertThat(paid.getJsonNumber("owedSatang").longValue()).isZero();
    assertThat(paid.getBoolean("overdue")).isFalse();
    assertThat(paid.getJsonNumber("paidLatelySatang").longValue()).isEqualTo(30000 + sale);
    assertThat(paid.getJsonNumber("averageDaysToPayout").longValue()).isEqualTo(Math.round(30000.0 * 20 / (30000 + sale)));
    booksAreWhole();
  }

  @Test
  void theOwedListReadAfterEachPagesLastCodeIsTheListReadByPageNumberAndThePagerGoesBothWays() throws Exception {
    // at least four accounts owed: two groups' shares and their makers'
    sell(seller(2), 1, 1);
    sell(seller(3), 1, 1);
    // by page number (each page walks the ones before it), then after each page's last code, as the pager and a script do
    List<String> byNumber = new ArrayList<>();
    JsonObject page;
    int number = 0;
    do {
      page = json(api.get("api/treasurer/payouts/owed?size=3&page=" + number++, first), 200);
      page.getJsonArray("owed").getValuesAs(JsonObject.class).forEach(o -> byNumber.add(o.getString("accountCode")));
    } while (page.getBoolean("more"));
    List<String> byCode = new ArrayList<>();
    String after = "";
    do {
      page = json(api.get("api/treasurer/payouts/owed?size=3&after=" + java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8), first), 200);
      page.getJsonArray("owed").getValuesAs(JsonObject.class).forEach(o -> byCode.add(o.getString("accountCode")));
      assertThat(!page.containsKey("next") || page.isNull("next")).as("a next code exactly while more follow").isEqualTo(!page.getBoolean("more"));
      after = page.getBoolean("more") ? page.getString("next") : null;
    } while (after != null);
    assertThat(byNumber).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates().isSorted();
    assertThat(byCode).isEqualTo(byNumber);

    // the page: "next" starts after the page's last account, "previous" ends before its first
    if (browser == null) {
      browser = Browser.start();
    }
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, first, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "treasurer/payouts.xhtml?page=2&after=" + byNumber.get(1));
    List<String> third = browser.findElements(By.cssSelector("#owed tr.fs-owed")).stream().map(r -> r.getAttribute("data-account")).toList();
    assertThat(third).isEqualTo(byNumber.subList(2, Math.min(byNumber.size(), 52)));
    assertThat(browser.findElement(By.id("previous-page")).getAttribute("href")).contains("page=1").contains("before=" + byNumber.get(2));
    browser.findElement(By.id("previous-page")).click();
    Browser.waitFor(browser, ExpectedConditions.urlContains("before="));
    assertThat(browser.findElements(By.cssSelector("#owed tr.fs-owed")).stream().map(r -> r.getAttribute("data-account")).toList())
        .as("the two accounts before it, and that is the first page").containsExactly(byNumber.get(0), byNumber.get(1));
    assertThat(browser.findElements(By.id("previous-page"))).as("nothing before the first page").isEmpty();
    assertThat(browser.findElement(By.id("next-page")).getAttribute("href")).contains("page=1").contains("after=" + byNumber.get(1));
    // an address's position that is no code at all is only text compared with codes: a page, never an error
    Browser.open(browser, base, "treasurer/payouts.xhtml?after=%27%20OR%201%3D1--&before=" + "x".repeat(200));
    assertThat(browser.findElements(By.id("owed-title"))).hasSize(1);
  }

  @Test
  void treasurersPayThroughThePayoutPageAndTheGroupSeesWhatItWasPaid() throws Exception {
    Seller weavers = seller(3);
    sell(weavers, 2, 1);
    Map<String, Long> before = balances();
    if (browser == null) {
      browser = Browser.start();
    }
    browser.manage().deleteAllCookies();

    // the treasurer writes the group's bank account: a mistyped number is explained, then masked
    Browser.submitLogin(browser, base, first, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "treasurer/payees.xhtml?payee=group-" + weavers.group().id());
    boolean typed;
    try (Connection c = Fixtures.connect()) {
      // a menu while the groups and members are at most 300 together; their codes typed beyond
      typed = Fixtures.number(c, "SELECT (SELECT COUNT(*) FROM producer_group) + (SELECT COUNT(*) FROM member)") > 300;
    }
    assertThat(browser.findElements(By.id("details:payee-code"))).hasSize(typed ? 1 : 0);
    assertThat(browser.findElements(By.id("details:payee"))).hasSize(typed ? 0 : 1);
    if (typed) {
      // named by the link's key, shown as the group's code; a code of no one is refused next to the field, the rest kept
      assertThat(browser.findElement(By.id("details:payee-code")).getAttribute("value")).isEqualTo(weavers.group().code());
      Browser.type(browser, "details:payee-code", "NO-SUCH-GROUP");
      Browser.type(browser, "details:accountName", "กลุ่มทอผ้าทดสอบ");
      browser.findElement(By.id("details:save")).click();
      Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("details:payee-code"), "aria-invalid", "true"));
      assertThat(browser.getPageSource()).contains("NO-SUCH-GROUP");
      assertThat(browser.findElement(By.id("details:accountName")).getAttribute("value")).isEqualTo("กลุ่มทอผ้าทดสอบ");
      Browser.type(browser, "details:payee-code", weavers.group().code().toLowerCase(java.util.Locale.ROOT));
    } else {
      assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("details:payee"))).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo("group-" + weavers.group().id());
    }
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("details:bank"))).selectByValue("KBANK");
    Browser.type(browser, "details:accountNumber", "12345");
    Browser.type(browser, "details:accountName", "กลุ่มทอผ้าทดสอบ");
    browser.findElement(By.id("details:save")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("details:accountNumber"), "aria-invalid", "true"));
    Browser.type(browser, "details:accountNumber", "222-3-44445-6");
    browser.findElement(By.id("details:save")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=status]")));
    // the list is 50 a page, groups first: the group's row is on one of its pages
    By row = By.cssSelector("#payees tr[data-payee='group-" + weavers.group().id() + "'] .fs-masked");
    for (int page = 1; browser.findElements(row).isEmpty() && !browser.findElements(By.id("next-page")).isEmpty(); page++) {
      Browser.open(browser, base, "treasurer/payees.xhtml?page=" + page);
    }
    assertThat(browser.findElement(row).getText()).isEqualTo("KBANK xxx-x-x4445-x");
    assertThat(browser.getPageSource()).doesNotContain("2223444456");

    // propose today's run on the payout page; its own proposer is refused, a second treasurer approves
    // what is owed, 50 a page by account code: found by the group's code in the search field
    Browser.open(browser, base, "treasurer/payouts.xhtml");
    Browser.type(browser, "q", weavers.group().code());
    browser.findElement(By.id("find-owed")).click();
    Browser.waitFor(browser, ExpectedConditions.urlContains("q="));
    assertThat(browser.findElements(By.cssSelector("#owed tr[data-account='" + weavers.groupPayable() + "']"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#owed tr[data-account='" + weavers.groupPayable() + "'] .fs-owed-amount")).getText())
        .contains(grouped(before.get(weavers.groupPayable())));
    assertThat(browser.findElements(By.cssSelector("#owed tr.fs-owed"))).allSatisfy(r -> assertThat(r.getAttribute("data-account")).contains(weavers.group().code()));
    browser.findElement(By.id("propose:propose-run")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.fs-run[data-status='PROPOSED']")));
    // the newest run, listed first; the page shows its first 20 lines and counts the rest (a national run has 110,000)
    WebElement article = browser.findElements(By.cssSelector("article.fs-run[data-status='PROPOSED']")).get(0);
    String runId = article.getAttribute("data-run");
    JsonObject proposed = json(api.get("api/treasurer/payouts/" + runId, first), 200);
    int lineCount = proposed.getInt("lineCount");
    assertThat(article.getAttribute("data-lines")).isEqualTo(String.valueOf(lineCount));
    assertThat(article.findElements(By.cssSelector("tr.fs-run-line"))).hasSize(Math.min(20, lineCount));
    assertThat(article.findElements(By.className("fs-run-more"))).hasSize(lineCount > 20 ? 1 : 0);
    assertThat(lines(proposed).get(weavers.groupPayable()).getString("paidTo")).isEqualTo("KBANK xxx-x-x4445-x");
    article.findElement(By.cssSelector("input[id$=':approve']")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=alert]")));
    assertThat(browser.findElement(By.cssSelector("p[role=alert]")).getText()).isNotBlank();
    assertThat(browser.findElement(By.cssSelector("article.fs-run[data-run='" + runId + "']")).getAttribute("data-status")).isEqualTo("PROPOSED");

    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, second, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "treasurer/payouts.xhtml");
    browser.findElement(By.cssSelector("article.fs-run[data-run='" + runId + "'] input[id$=':approve']")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.cssSelector("article.fs-run[data-run='" + runId + "']"), "data-status", "APPROVED"));
    assertThat(browser.findElement(By.cssSelector("article.fs-run[data-run='" + runId + "'] a.fs-csv")).getAttribute("href")).endsWith("/api/treasurer/payouts/" + runId + "/transfers.csv");
    browser.findElement(By.cssSelector("article.fs-run[data-run='" + runId + "'] input[id$=':paid']")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.cssSelector("article.fs-run[data-run='" + runId + "']"), "data-status", "PAID"));
    // a paid run is counted, its lines left to its transfer file (still linked) and the API
    WebElement paid = browser.findElement(By.cssSelector("article.fs-run[data-run='" + runId + "']"));
    assertThat(paid.findElements(By.cssSelector("tr.fs-run-line"))).isEmpty();
    assertThat(paid.findElements(By.className("fs-run-more"))).isEmpty();
    assertThat(paid.findElement(By.className("fs-run-settled")).getText()).startsWith(String.valueOf(lineCount));
    assertThat(paid.findElements(By.cssSelector("a.fs-csv"))).hasSize(1);
    assertThat(balances().get(weavers.groupPayable())).isZero();
    booksAreWhole();
    // the owed part seen before is kept for the figures it showed: paid, they are new and drawn anew
    Browser.open(browser, base, "treasurer/payouts.xhtml?q=" + weavers.group().code());
    assertThat(browser.findElement(By.cssSelector("#owed tr[data-account='" + weavers.groupPayable() + "'] .fs-owed-amount")).getText()).contains("0.00");

    // an admin sees and sets the limit on the same page
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, admin, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "treasurer/payouts.xhtml");
    Browser.type(browser, "threshold:days", "0");
    browser.findElement(By.id("threshold:save-threshold")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("threshold:days"), "aria-invalid", "true"));
    Browser.type(browser, "threshold:days", "9");
    browser.findElement(By.id("threshold:save-threshold")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=status]")));
    // the owed list says the limit its rows were flagged by, the one just saved
    assertThat(browser.findElement(By.id("owed-intro")).getText()).contains(" 9 ").doesNotContain(" 7 ");
    Browser.type(browser, "threshold:days", "7");
    browser.findElement(By.id("threshold:save-threshold")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("owed-intro"), " 7 "));

    // the group's producer sees on her sales page what the group was paid and what it is still owed
    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, weavers.group().producerUsername(), Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "producer/sales.xhtml");
    WebElement group = browser.findElement(By.cssSelector("#payouts tr[data-payee='group']"));
    assertThat(group.findElement(By.className("fs-owed-now")).getText()).contains("0.00");
    assertThat(group.findElement(By.className("fs-paid-out")).getText()).contains(grouped(before.get(weavers.groupPayable())));
    WebElement maker = browser.findElement(By.cssSelector("#payouts tr[data-payee='" + weavers.makerNumber() + "']"));
    // the maker has no details: still owed, nothing paid
    assertThat(maker.findElement(By.className("fs-owed-now")).getText()).contains(grouped(before.get(weavers.makerPayable())));
    assertThat(maker.findElement(By.className("fs-paid-out")).getText()).contains("0.00");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** A new group in a region, its leader the named maker of its first product; the second product names no maker. */
  private static Seller seller(long region) throws SQLException {
    String tag = Fixtures.tag();
    try (Connection c = Fixtures.connect()) {
      Group group = Fixtures.group(c, tag, region, "กลุ่มทอผ้า" + tag, "Weavers " + tag,
          Fixtures.product("HANDICRAFT", "ผ้าพันคอ" + tag, "Scarf " + tag, 45000, 50),
          Fixtures.product("HANDICRAFT", "ตะกร้า" + tag, "Basket " + tag, 25000, 50));
      long maker = Fixtures.number(c, "SELECT leader_member_id FROM producer_group WHERE id = ?", group.id());
      Fixtures.update(c, "UPDATE product SET maker_member_id = ? WHERE id = ?", maker, group.productIds().get(0));
      String number;
      try (var read = c.prepareStatement("SELECT member_number FROM member WHERE id = ?")) {
        read.setLong(1, maker);
        try (var rows = read.executeQuery()) {
          rows.next();
          number = rows.getString(1);
        }
      }
      return new Seller(group, "กลุ่มทอผ้า" + tag, maker, number);
    }
  }

  /** A guest buys, the treasurer sees the transfer: each line's split is posted. */
  private void sell(Seller seller, int named, int unnamed) throws Exception {
    List<String> lines = new ArrayList<>();
    if (named > 0) {
      lines.add("{\"variantId\":" + seller.group().variantIds().get(0) + ",\"quantity\":" + named + "}");
    }
    if (unnamed > 0) {
      lines.add("{\"variantId\":" + seller.group().variantIds().get(1) + ",\"quantity\":" + unnamed + "}");
    }
    String number = json(api.post("api/checkout", "{\"lines\":[" + String.join(",", lines) + "],\"recipient\":\"สมศรี ใจดี\",\"phone\":\"0812345678\","
        + "\"addressLine\":\"99 หมู่ 3 ถนนช้างเผือก\",\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\","
        + "\"email\":\"guest@example.org\",\"language\":\"th\"}", null), 201).getString("number");
    assertThat(json(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-" + number + "\"}", first), 200).getString("state")).isEqualTo("PAID");
  }

  private void bank(Group group, String bank, String number, String name) throws Exception {
    json(api.put("api/treasurer/payees/group-" + group.id(), "{\"method\":\"BANK\",\"bank\":\"" + bank + "\",\"accountNumber\":\"" + number + "\",\"accountName\":\"" + name + "\"}",
        first), 200);
  }

  private void promptPay(String payee, String id) throws Exception {
    json(api.put("api/treasurer/payees/" + payee, "{\"method\":\"PROMPTPAY\",\"promptPayId\":\"" + id + "\"}", second), 200);
  }

  /** Every account's balance: the trial balance's pages of every account (without a page it sums members' and groups' accounts). */
  private Map<String, Long> balances() throws Exception {
    Map<String, Long> balances = new HashMap<>();
    JsonObject page;
    int number = 0;
    do {
      page = json(api.get("api/ledger/trial-balance?size=500&page=" + number++, first), 200);
      for (JsonObject a : page.getJsonArray("accounts").getValuesAs(JsonObject.class)) {
        balances.put(a.getString("code"), a.getJsonNumber("balanceSatang").longValue());
      }
    } while (page.getBoolean("more"));
    return balances;
  }

  private long accountId(String code) throws Exception {
    try (java.sql.Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT id FROM ledger_account WHERE code = ?", code);
    }
  }

  /** The account's line of what is owed, found as a treasurer would: by its owner's code (the account code without its prefix). */
  private JsonObject owed(String accountCode) throws Exception {
    String ownerCode = accountCode.substring(accountCode.indexOf('-') + 1);
    JsonObject page = json(api.get("api/treasurer/payouts/owed?q=" + java.net.URLEncoder.encode(ownerCode, java.nio.charset.StandardCharsets.UTF_8), first), 200);
    return page.getJsonArray("owed").getValuesAs(JsonObject.class).stream().filter(o -> o.getString("accountCode").equals(accountCode)).findFirst().orElseThrow();
  }

  /**
   * Every line of a run by account code, read as a client must: the run's answer carries its first
   * page; the rest are read page by page from the run's address while {@code linesMore} says so.
   * The pages add up to the run's line count and total.
   */
  private Map<String, JsonObject> lines(JsonObject run) throws Exception {
    Map<String, JsonObject> lines = new HashMap<>();
    long id = run.getJsonNumber("id").longValue();
    JsonObject page = run;
    long total = 0;
    for (int n = 0; ; n++) {
      assertThat(page.getInt("firstLine")).isEqualTo(n * 200);
      for (JsonObject l : page.getJsonArray("lines").getValuesAs(JsonObject.class)) {
        assertThat(lines.put(l.getString("accountCode"), l)).as("each account once").isNull();
        total += l.getJsonNumber("amountSatang").longValue();
      }
      if (!page.getBoolean("linesMore")) {
        break;
      }
      page = json(api.get("api/treasurer/payouts/" + id + "?page=" + (n + 1) + "&size=200", first), 200);
    }
    assertThat((long) lines.size()).isEqualTo(run.getJsonNumber("lineCount").longValue());
    assertThat(total).isEqualTo(run.getJsonNumber("totalSatang").longValue());
    return lines;
  }

  /** The transfer file asked for as a spreadsheet would (a refusal still comes as a problem). */
  private HttpResponse<String> csv(long id, String user) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.resolve("api/treasurer/payouts/" + id + "/transfers.csv"))
        .header("Authorization", Api.basic(user)).header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private byte[] csvBytes(long id, String user) throws Exception {
    return api.getBytes("api/treasurer/payouts/" + id + "/transfers.csv", "Authorization", Api.basic(user), "Accept", "text/csv").body();
  }

  private void booksAreWhole() throws Exception {
    JsonObject trial = json(api.get("api/ledger/trial-balance", second), 200);
    assertThat(trial.getBoolean("balances")).isTrue();
    JsonObject audit = json(api.get("api/ledger/audit", second), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
  }

  /** Baht as the pages write it: thousands grouped, two decimals. */
  private static String grouped(long satang) {
    return String.format(java.util.Locale.ROOT, "%,.2f", java.math.BigDecimal.valueOf(satang, 2));
  }

  private static String baht(long satang) {
    return java.math.BigDecimal.valueOf(satang, 2).toPlainString();
  }

  @SafeVarargs
  private static <T> List<T> race(Callable<T>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CyclicBarrier start = new CyclicBarrier(calls.length);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
