package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.payment.FakeStripe;
import coop.fairshare.shared.CoopTime;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The welfare fund through the API: members enrolled (from paper records too), their contributions
 * posted once to the fund, and the scheme's judgement of a claim with its reasons in Thai and English;
 * a gift through the shop paid by card against the tests' Stripe (payment/FakeStripe), its webhook
 * delivered twice, in the fund once with its receipt.
 */
@ExtendWith(SharedApp.class)
class WelfareIT {

  /** Plain HTTP/1.1, as the API helper speaks (no h2c upgrade on a page). */
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String STRIPE_SECRET = "whsec_test_fairshare";
  /** The tests' Stripe; the app reaches it through FAIRSHARE_STRIPE_API_BASE (pom.xml). */
  private static final FakeStripe STRIPE = new FakeStripe(Integer.getInteger("fairshare.test.stripe.port", 23097));

  private final URL deployed = SharedApp.address();

  private URI base;

  private static String treasurer;
  private static String treasurer2;
  private static String admin;
  private static String shopper;
  private static Connection db;
  private Api api;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (treasurer == null) {
      db = Fixtures.connect();
      String tag = Fixtures.tag();
      treasurer = Fixtures.treasurer(db, tag);
      shopper = Fixtures.shopper(db, tag);
      treasurer2 = Fixtures.treasurer(db, Fixtures.tag());
      admin = Fixtures.admin(db, Fixtures.tag());
    }
  }

  @AfterAll
  static void stopStripe() {
    STRIPE.close();
  }

  private String member() throws Exception {
    Group g = Fixtures.group(db, Fixtures.tag(), 3, "กลุ่มสวัสดิการ", "Welfare group");
    try (var read = db.prepareStatement("SELECT m.member_number FROM member m JOIN producer_group g ON g.leader_member_id = m.id WHERE g.id = ?")) {
      read.setLong(1, g.id());
      try (var rows = read.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static String receipt() {
    return "WF-" + Fixtures.tag();
  }

  private static String months(YearMonth from, YearMonth to, YearMonth... skip) {
    List<String> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (!List.of(skip).contains(m)) {
        months.add("\"" + m + "\"");
      }
    }
    return "[" + String.join(",", months) + "]";
  }

  @Test
  void aMemberBroughtInFromPaperPaysHerMonthsOnceAndEachRefusalChangesNothing() throws Exception {
    String member = member();
    LocalDate joined = CoopTime.today().minusMonths(8).withDayOfMonth(10);
    problem(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + CoopTime.today().plusDays(1) + "\"}", treasurer), 400, "welfare.enrol.future");
    problem(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\"}", shopper), 403, null);
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined) + "\"],\"receiptNo\":\"" + receipt() + "\"}", treasurer),
        409, "welfare.member.notEnrolled");
    JsonObject enrolled = json(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    assertThat(enrolled.getString("joinedOn")).isEqualTo(joined.toString());
    problem(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\"}", treasurer), 409, "welfare.enrol.already");

    String first = receipt();
    JsonObject paid = json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":" + months(YearMonth.from(joined), YearMonth.from(joined).plusMonths(2))
        + ",\"receiptNo\":\"" + first + "\",\"method\":\"TRANSFER\"}", treasurer), 201);
    assertThat(paid.getJsonNumber("amountSatang").longValue()).isEqualTo(3 * 3000);
    JsonObject again = problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined).plusMonths(1) + "\",\""
        + YearMonth.from(joined).plusMonths(3) + "\"],\"receiptNo\":\"" + receipt() + "\"}", treasurer), 409, "welfare.contribution.paid");
    assertThat(again.getString("field")).isEqualTo("months");
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined).plusMonths(3) + "\"],\"receiptNo\":\"" + first + "\"}",
        treasurer), 409, "welfare.receipt.used");
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined).minusMonths(1) + "\"],\"receiptNo\":\"" + receipt()
        + "\"}", treasurer), 400, "welfare.contribution.beforeJoining");
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"2026-13\"],\"receiptNo\":\"" + receipt() + "\"}", treasurer), 400,
        "welfare.contribution.monthInvalid");

    JsonObject standing = json(api.get("api/welfare/members/" + member, treasurer), 200);
    assertThat(standing.getJsonArray("paidMonths")).hasSize(3);
    assertThat(standing.getJsonArray("unpaidBeforeThisMonth")).hasSize(5);
    auditIsClean();
  }

  @Test
  void theAssessmentJudgesAClaimByTheSchemeAndSaysWhyInTheCallersLanguage() throws Exception {
    String member = member();
    LocalDate joined = CoopTime.today().minusDays(200);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    YearMonth now = CoopTime.thisMonth();
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":" + months(YearMonth.from(joined), now) + ",\"receiptNo\":\"" + receipt() + "\"}",
        treasurer), 201);

    // the 179th day after joining waits; the 180th is paid: ฿200 a night, 3 nights a stay
    String early = "{\"memberNumber\":\"" + member + "\",\"benefit\":\"HOSPITAL\",\"eventDate\":\"" + joined.plusDays(179) + "\",\"nights\":2}";
    JsonObject waits = json(api.in("en").post("api/welfare/claims/assessment", early, treasurer), 200);
    assertThat(waits.getBoolean("eligible")).isFalse();
    assertThat(waits.getJsonNumber("amountSatang").longValue()).isZero();
    assertThat(waits.getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("welfare.reason.waiting");
    assertThat(waits.getJsonArray("reasons").getJsonObject(0).getString("text")).isEqualTo("Benefits start 180 days after joining the fund: from " + joined.plusDays(180));
    String stay = "{\"memberNumber\":\"" + member + "\",\"benefit\":\"HOSPITAL\",\"eventDate\":\"" + joined.plusDays(180) + "\",\"nights\":4}";
    JsonObject paid = json(api.in("th").post("api/welfare/claims/assessment", stay, treasurer), 200);
    assertThat(paid.getBoolean("eligible")).isTrue();
    assertThat(paid.getJsonNumber("amountSatang").longValue()).isEqualTo(60000);
    assertThat(paid.getJsonArray("reasons").getJsonObject(0).getString("text")).isEqualTo("นอนโรงพยาบาล 4 คืน จ่ายได้ไม่เกิน 3 คืนต่อครั้ง");

    problem(api.post("api/welfare/claims/assessment", "{\"memberNumber\":\"" + member + "\",\"benefit\":\"HOSPITAL\",\"eventDate\":\"" + joined.plusDays(180) + "\"}", treasurer),
        400, "welfare.claim.nights");
    problem(api.post("api/welfare/claims/assessment", "{\"memberNumber\":\"" + member + "\",\"benefit\":\"PENSION\",\"eventDate\":\"" + joined.plusDays(180) + "\"}", treasurer),
        400, "error.unknownValue");
  }

  /** A member in the fund for 200 days with every month paid: any benefit but old age is hers to claim. */
  private String memberInGoodStanding() throws Exception {
    String member = member();
    LocalDate joined = CoopTime.today().minusDays(200);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":" + months(YearMonth.from(joined), CoopTime.thisMonth())
        + ",\"receiptNo\":\"" + receipt() + "\"}", treasurer), 201);
    return member;
  }

  private long ledgerAccount(String code, String field) throws Exception {
    for (JsonObject a : json(api.get("api/ledger/trial-balance", treasurer), 200).getJsonArray("accounts").getValuesAs(JsonObject.class)) {
      if (a.getString("code").equals(code)) {
        return a.getJsonNumber(field).longValue();
      }
    }
    throw new AssertionError("no ledger account " + code);
  }

  private long fund() throws Exception {
    return ledgerAccount("3100", "balanceSatang");
  }

  /** Brings the fund to exactly this much by a manual entry from or to the bank, made by one treasurer and approved by another. */
  private void fundHolds(long satang) throws Exception {
    long change = satang - fund();
    if (change == 0) {
      return;
    }
    long fundId = ledgerAccount("3100", "accountId");
    long bankId = ledgerAccount("1000", "accountId");
    String into = "{\"accountId\":" + fundId + ",\"side\":\"" + (change > 0 ? "C" : "D") + "\",\"amountSatang\":" + Math.abs(change) + "}";
    String bank = "{\"accountId\":" + bankId + ",\"side\":\"" + (change > 0 ? "D" : "C") + "\",\"amountSatang\":" + Math.abs(change) + "}";
    JsonObject proposal = json(api.post("api/ledger/proposals", "{\"description\":\"Test: the welfare fund set to a known amount\",\"lines\":[" + into + "," + bank + "]}", treasurer), 200);
    json(api.post("api/ledger/proposals/" + proposal.getJsonNumber("id").longValue() + "/approve", "", treasurer2), 200);
  }

  private static String claim(String member, String benefit, LocalDate day, String extra) {
    return "{\"memberNumber\":\"" + member + "\",\"benefit\":\"" + benefit + "\",\"eventDate\":\"" + day + "\"" + extra + "}";
  }

  private void auditIsClean() throws Exception {
    JsonObject audit = json(api.get("api/ledger/audit", treasurer), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
  }

  @Test
  void aGiftThroughTheShopPaidByCardIsInTheFundOnceWithItsReceipt() throws Exception {
    String email = "donor-" + Fixtures.tag() + "@example.org";
    // bad input is refused beside its field, and nothing is stored
    JsonObject zero = problem(api.in("en").post("api/welfare/donations", gift("0", email, "CARD"), null), 400, "welfare.donation.amount.tooSmall");
    assertThat(zero.getString("field")).isEqualTo("amount");
    assertThat(zero.getString("detail")).isEqualTo("A gift must be at least ฿20.00");
    assertThat(problem(api.post("api/welfare/donations", gift("200000.01", email, "CARD"), null), 400, "welfare.donation.amount.tooLarge").getString("field"))
        .isEqualTo("amount");
    JsonObject badMail = problem(api.in("th").post("api/welfare/donations", gift("500", "not-an-address", "CARD"), null), 400, "welfare.donation.email.invalid");
    assertThat(badMail.getString("field")).isEqualTo("email");
    assertThat(badMail.getString("detail")).isEqualTo("กรุณากรอกอีเมลที่ถูกต้องสำหรับส่งใบเสร็จ");
    problem(api.post("api/welfare/donations", gift("500", email, "BANK_TRANSFER"), null), 400, "welfare.donation.method.unavailable");
    problem(api.post("api/welfare/donations", gift("abc", email, "CARD"), null), 400, "money.notNumber");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM welfare_donation WHERE email = ?", email)).isZero();
    }

    // anyone gives ฿500 (no account), and pays by card through Stripe
    JsonObject given = json(api.post("api/welfare/donations", "{\"amount\":\"500\",\"donorName\":\"สมศรี ใจดี\",\"email\":\"" + email
        + "\",\"message\":\"เพื่อแม่ ๆ ในเครือข่าย\",\"method\":\"CARD\"}", null), 201);
    String reference = given.getString("reference");
    String token = given.getString("accessToken");
    assertThat(given.getString("state")).isEqualTo("WAITING_PAYMENT");
    problem(api.get("api/welfare/donations/" + reference + "?token=" + token.substring(1) + "x", null), 404, "error.notFound");
    JsonObject payment = json(api.post("api/welfare/donations/" + reference + "/stripe-payment?token=" + token, "", null), 200);
    String intentId = payment.getString("intentId");
    assertThat(payment.getJsonNumber("amountSatang").longValue()).isEqualTo(50000);
    assertThat(json(api.post("api/welfare/donations/" + reference + "/stripe-payment?token=" + token, "", null), 200).getString("intentId"))
        .as("asked again, the same intent").isEqualTo(intentId);
    assertThat(STRIPE.paymentIntentCreations().stream().filter(r -> r.getBodyAsString().contains(reference)).findFirst().orElseThrow()
        .getHeader("Idempotency-Key")).isEqualTo("intent-" + reference + "-attempt-1");

    long fundBefore;
    long feesBefore;
    try (Connection c = Fixtures.connect()) {
      fundBefore = credit(c, "3100");
      feesBefore = -credit(c, "5100");
    }
    STRIPE.succeed(intentId, 1935);
    String succeeded = FakeStripe.event("evt_gift_" + reference, "payment_intent.succeeded", STRIPE.intentJson(intentId));
    // Stripe delivers the event twice, and its charge's news too
    assertThat(webhook(succeeded).statusCode()).isEqualTo(200);
    assertThat(webhook(succeeded).statusCode()).isEqualTo(200);
    assertThat(webhook(FakeStripe.event("evt_gift_charge_" + reference, "charge.succeeded", STRIPE.chargeJson(intentId))).statusCode()).isEqualTo(200);

    JsonObject received = json(api.get("api/welfare/donations/" + reference + "?token=" + token, null), 200);
    assertThat(received.getString("state")).isEqualTo("RECEIVED");
    String receiptNo = received.getString("receiptNo");
    assertThat(receiptNo).matches("DN-\\d{4}-\\d{6}");
    assertThat(received.containsKey("accessToken") && !received.isNull("accessToken")).as("the token is given only to the one who gave").isFalse();
    try (Connection c = Fixtures.connect()) {
      assertThat(credit(c, "3100") - fundBefore).as("the fund rose by the whole gift, once").isEqualTo(50000);
      assertThat(-credit(c, "5100") - feesBefore).as("Stripe's fee is the cooperative's, once").isEqualTo(1935);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE source_ref = ?", reference)).isEqualTo(1);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM welfare_donation WHERE receipt_no = ? AND journal_entry_id IS NOT NULL", receiptNo)).isEqualTo(1);
    }
    // the donor's link opens her receipt, printable; another token opens nothing
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(base.resolve("welfare/donation.xhtml?d=" + reference + "&t=" + token))
        .header("Cookie", "fairshare-lang=en").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(receiptNo).contains("฿500.00").contains("สมศรี ใจดี").contains("print-receipt");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(HTTP.send(HttpRequest.newBuilder(base.resolve("welfare/donation.xhtml?d=" + reference + "&t=" + token + "x")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    // paying it again is refused; the treasurers see it in their list, nobody else does
    problem(api.post("api/welfare/donations/" + reference + "/stripe-payment?token=" + token, "", null), 409, "welfare.donation.received");
    assertThat(api.get("api/welfare/donations", null).statusCode()).isEqualTo(401);
    problem(api.get("api/welfare/donations", shopper), 403, null);
    HttpResponse<String> list = api.get("api/welfare/donations", treasurer);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray().stream().map(v -> v.asJsonObject().getString("receiptNo")))
        .contains(receiptNo);
    JsonObject audit = json(api.get("api/ledger/audit", treasurer), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
  }

  // ---- the scheme's versions (ADMIN) and grants ----------------------------------------------

  private JsonArray versions() throws Exception {
    var response = api.get("api/welfare/scheme", treasurer);
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  /** The terms of the version in force with a day and the amount per child changed, as a script would send them. */
  private static String terms(JsonObject inForce, LocalDate from, long perChildSatang, int nightsPerStay) {
    JsonObjectBuilder body = Json.createObjectBuilder(inForce);
    for (String shown : List.of("id", "standing", "createdBy", "createdAt")) {
      body.remove(shown);
    }
    return body.add("effectiveFrom", from.toString()).add("perChildSatang", perChildSatang).add("nightsPerStay", nightsPerStay).build().toString();
  }

  @Test
  void anAdminAddsAVersionFromADayToComeReplacesAndWithdrawsItButNeverChangesOneInForce() throws Exception {
    JsonObject inForce = versions().getValuesAs(JsonObject.class).stream().filter(v -> v.getString("standing").equals("IN_FORCE")).findFirst().orElseThrow();
    assertThat(inForce.getJsonNumber("monthlySatang").longValue()).isEqualTo(3000);
    // a day far ahead, its own in every run, so no claim of any other test is judged by it
    LocalDate from = CoopTime.today().plusDays(4000 + new java.util.Random().nextInt(20000));

    problem(api.post("api/welfare/scheme/versions", terms(inForce, from, 150000, 3), treasurer), 403, null);
    JsonObject past = problem(api.post("api/welfare/scheme/versions", terms(inForce, CoopTime.today().minusDays(1), 150000, 3), admin), 400, "welfare.scheme.pastDate");
    assertThat(past.getString("field")).isEqualTo("effectiveFrom");
    JsonObject noNights = problem(api.post("api/welfare/scheme/versions", terms(inForce, from, 150000, 0), admin), 400, "welfare.scheme.range");
    assertThat(noNights.getString("field")).isEqualTo("nightsPerStay");
    JsonObject inForceDay = problem(api.post("api/welfare/scheme/versions", terms(inForce, LocalDate.parse(inForce.getString("effectiveFrom")), 150000, 3), admin), 400,
        "welfare.scheme.pastDate");
    assertThat(inForceDay.getString("field")).isEqualTo("effectiveFrom");
    assertThat(versions().stream().map(JsonValue::asJsonObject).filter(v -> v.getString("effectiveFrom").equals(from.toString()))).isEmpty();

    JsonObject added = json(api.post("api/welfare/scheme/versions", terms(inForce, from, 150000, 3), admin), 201);
    assertThat(added.getString("standing")).isEqualTo("COMING");
    assertThat(added.getJsonNumber("perChildSatang").longValue()).isEqualTo(150000);
    assertThat(added.getString("createdBy")).isEqualTo(admin);
    // a version not yet in force may be replaced: the same day again holds the new terms, once
    json(api.post("api/welfare/scheme/versions", terms(inForce, from, 120000, 4), admin), 201);
    List<JsonObject> onThatDay = versions().getValuesAs(JsonObject.class).stream().filter(v -> v.getString("effectiveFrom").equals(from.toString())).toList();
    assertThat(onThatDay).hasSize(1);
    assertThat(onThatDay.get(0).getJsonNumber("perChildSatang").longValue()).isEqualTo(120000);
    assertThat(onThatDay.get(0).getInt("nightsPerStay")).isEqualTo(4);

    // the version in force is history in the making: never withdrawn; the coming one may be
    problem(api.delete("api/welfare/scheme/versions/" + inForce.getJsonNumber("id").longValue(), admin), 409, "welfare.scheme.inForceAlready");
    problem(api.delete("api/welfare/scheme/versions/" + onThatDay.get(0).getJsonNumber("id").longValue(), treasurer), 403, null);
    assertThat(api.delete("api/welfare/scheme/versions/" + onThatDay.get(0).getJsonNumber("id").longValue(), admin).statusCode()).isEqualTo(204);
    assertThat(versions().stream().map(JsonValue::asJsonObject).filter(v -> v.getString("effectiveFrom").equals(from.toString()))).isEmpty();
    assertThat(versions().stream().map(JsonValue::asJsonObject).filter(v -> v.getString("standing").equals("IN_FORCE")).findFirst().orElseThrow())
        .isEqualTo(inForce);
  }

  private long welfareFund() throws Exception {
    return json(api.get("api/ledger/trial-balance", treasurer), 200).getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("code").equals("3100")).findFirst().orElseThrow().getJsonNumber("balanceSatang").longValue();
  }

  @Test
  void aGrantIsPostedOnceToTheFundAndItsReferenceIsTakenOnceEvenSentFourTimesAtOnce() throws Exception {
    long before = welfareFund();
    String reference = "GR-" + Fixtures.tag();
    String grant = "{\"grantor\":\"สำนักงาน พมจ. เชียงใหม่\",\"amount\":\"25000.00\",\"receivedOn\":\"" + CoopTime.today().minusDays(3) + "\",\"reference\":\""
        + reference + "\",\"method\":\"TRANSFER\"}";
    problem(api.post("api/welfare/grants", grant, shopper), 403, null);
    problem(api.post("api/welfare/grants", grant.replace("25000.00", "0"), treasurer), 400, "welfare.grant.amount");
    problem(api.post("api/welfare/grants", grant.replace(CoopTime.today().minusDays(3).toString(), CoopTime.today().plusDays(1).toString()), treasurer), 400,
        "welfare.grant.future");
    assertThat(welfareFund()).isEqualTo(before);

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<java.net.http.HttpResponse<String>>> sent = new ArrayList<>();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < 4; i++) {
      sent.add(pool.submit(() -> {
        go.await();
        return api.post("api/welfare/grants", grant, treasurer);
      }));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var f : sent) {
      var response = f.get();
      statuses.add(response.statusCode());
      if (response.statusCode() == 409) {
        problem(response, 409, "welfare.grant.referenceUsed");
      }
    }
    pool.shutdown();
    assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    assertThat(welfareFund()).isEqualTo(before + 2_500_000);

    JsonArray grants = Json.createReader(new StringReader(api.get("api/welfare/grants", treasurer).body())).readArray();
    JsonObject recorded = grants.getValuesAs(JsonObject.class).stream().filter(g -> g.getString("reference").equals(reference)).findFirst().orElseThrow();
    assertThat(recorded.getJsonNumber("amountSatang").longValue()).isEqualTo(2_500_000);
    assertThat(recorded.getString("receivedOn")).isEqualTo(CoopTime.today().minusDays(3).toString());
    JsonObject entry = json(api.get("api/ledger/entries/" + recorded.getJsonNumber("journalEntryId").longValue(), treasurer), 200);
    assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class).stream().map(l -> l.getString("accountCode") + " " + l.getString("side") + " "
        + l.getJsonNumber("amountSatang").longValue())).containsExactlyInAnyOrder("1000 D 2500000", "3100 C 2500000");
    auditIsClean();
  }

  @Test
  void aClaimCountsAgainstTheYearsCapIsApprovedByTwoOthersAndPaidOrRejectedWithAReason() throws Exception {
    String member = memberInGoodStanding();
    LocalDate day = CoopTime.today().minusDays(3);
    JsonObject stay = json(api.post("api/welfare/claims", claim(member, "HOSPITAL", day, ",\"nights\":4"), treasurer), 201);
    assertThat(stay.getString("state")).isEqualTo("WAITING_FIRST");
    assertThat(stay.getJsonNumber("amountSatang").longValue()).isEqualTo(60000);
    long id = stay.getJsonNumber("id").longValue();
    // a waiting claim counts: ฿1,000 a year, so a second stay gets the ฿400 left and a third nothing
    JsonObject second = json(api.post("api/welfare/claims", claim(member, "HOSPITAL", day.minusDays(1), ",\"nights\":3"), treasurer), 201);
    assertThat(second.getJsonNumber("amountSatang").longValue()).isEqualTo(40000);
    JsonObject third = problem(api.in("en").post("api/welfare/claims", claim(member, "HOSPITAL", day.minusDays(2), ",\"nights\":1"), treasurer), 409, "welfare.claim.notEligible");
    assertThat(third.getString("detail")).contains("The 1,000 baht a year for hospital stays is used up this year");
    problem(api.post("api/welfare/claims", claim(member, "HOSPITAL", CoopTime.today().plusDays(1), ",\"nights\":1"), treasurer), 400, "welfare.claim.eventFuture");

    // a paper: its type by its first bytes
    problem(api.postBytes("api/welfare/claims/" + id + "/documents?name=note.pdf", "<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "application/octet-stream", treasurer), 400,
        "welfare.document.type");
    JsonObject withPaper = json(api.postBytes("api/welfare/claims/" + id + "/documents?name=note.pdf", "%PDF-1.4 discharge".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "application/pdf", treasurer), 201);
    assertThat(withPaper.getJsonArray("documents")).hasSize(1);

    // the one who submitted approves nothing; the first approver does not approve again
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", treasurer), 409, "welfare.claim.approve.ownClaim");
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", admin), 409, "welfare.claim.approve.treasurerFirst");
    assertThat(json(api.post("api/welfare/claims/" + id + "/approval", "{}", treasurer2), 200).getString("state")).isEqualTo("WAITING_SECOND");
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", treasurer2), 409, "welfare.claim.approve.twice");
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", shopper), 403, null);
    fundHolds(fund() + 60000);
    long before = fund();
    JsonObject paid = json(api.post("api/welfare/claims/" + id + "/approval", "{}", admin), 200);
    assertThat(paid.getString("state")).isEqualTo("PAID");
    assertThat(paid.getString("firstApprover")).isEqualTo(treasurer2);
    assertThat(paid.getString("secondApprover")).isEqualTo(admin);
    assertThat(fund()).isEqualTo(before - 60000);

    // a rejection needs the reason she reads, and frees the year's cap again
    long secondId = second.getJsonNumber("id").longValue();
    problem(api.post("api/welfare/claims/" + secondId + "/rejection", "{\"reason\":\" \"}", treasurer2), 400, "welfare.claim.reject.reason");
    JsonObject rejected = json(api.post("api/welfare/claims/" + secondId + "/rejection", "{\"reason\":\"ไม่มีใบรับรองแพทย์\"}", treasurer2), 200);
    assertThat(rejected.getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.getString("rejectionReason")).isEqualTo("ไม่มีใบรับรองแพทย์");
    problem(api.post("api/welfare/claims/" + secondId + "/approval", "{}", treasurer), 409, "welfare.claim.state.REJECTED");
    assertThat(json(api.post("api/welfare/claims", claim(member, "HOSPITAL", day.minusDays(2), ",\"nights\":1"), treasurer), 201).getJsonNumber("amountSatang").longValue())
        .isEqualTo(20000);
    auditIsClean();
  }

  @Test
  void twoClaimsApprovedAtTheSameMomentAgainstAFundCoveringOneAreOnePaidOneQueued() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String member = memberInGoodStanding();
      JsonObject disaster = json(api.post("api/welfare/claims", claim(member, "DISASTER", CoopTime.today().minusDays(1), ",\"amount\":\"2000\""), treasurer), 201);
      long id = disaster.getJsonNumber("id").longValue();
      json(api.post("api/welfare/claims/" + id + "/approval", "{\"amount\":\"2000\"}", treasurer2), 200);
      ids.add(id);
    }
    fundHolds(300000);
    assertThat(fund()).isEqualTo(300000);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<JsonObject>> answers = new ArrayList<>();
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (long id : ids) {
        Api own = new Api(Deployments.onLoopback(deployed));
        answers.add(two.submit(() -> {
          start.await();
          return json(own.post("api/welfare/claims/" + id + "/approval", "{}", admin), 200);
        }));
      }
      start.countDown();
      List<String> states = new ArrayList<>();
      for (var answer : answers) {
        states.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).getString("state"));
      }
      assertThat(states).containsExactlyInAnyOrder("PAID", "QUEUED");
    } finally {
      two.shutdownNow();
    }
    assertThat(fund()).isEqualTo(100000);
    JsonObject queue = json(api.get("api/welfare/queue", treasurer), 200);
    assertThat(queue.getJsonArray("waiting")).hasSize(1);
    auditIsClean();
    // money comes in: the queued claim is paid and the fund is empty, not below
    fundHolds(200000);
    JsonObject paid = json(api.post("api/welfare/queue/payments", "", treasurer), 200);
    // (the minute's payout sweep may have been quicker than this call)
    assertThat(paid.getJsonArray("waiting")).isEmpty();
    for (long id : ids) {
      assertThat(json(api.get("api/welfare/claims/" + id, treasurer), 200).getString("state")).isEqualTo("PAID");
    }
    assertThat(paid.getJsonNumber("fundSatang").longValue()).isZero();
    auditIsClean();
  }

  @Test
  void aGroupsLeaderClaimsForHerGroupsMembersAndAMemberOnlyForHerself() throws Exception {
    Group g = Fixtures.group(db, Fixtures.tag(), 2, "กลุ่มผู้นำ", "Leader's group");
    long leaderId = Fixtures.number(db, "SELECT leader_member_id FROM producer_group WHERE id = ?", g.id());
    // the group's producer login is the leader's own (as a treasurer links it)
    Fixtures.update(db, "UPDATE user_account SET member_id = ? WHERE username = ?", leaderId, g.producerUsername());
    String number = "T-" + (100000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(899999));
    long memberId = Fixtures.insert(db, "INSERT INTO member (member_number, full_name_th, group_id, occupation, gender, joined_on) VALUES (?,?,?,?,?,?)", number,
        "นางสมาชิก ทดสอบ", g.id(), "ทอผ้า", "FEMALE", java.sql.Date.valueOf("2015-01-05"));
    String login = Fixtures.memberLogin(db, Fixtures.tag(), memberId);
    LocalDate joined = CoopTime.today().minusDays(200);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + number + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + number + "\",\"months\":" + months(YearMonth.from(joined), CoopTime.thisMonth())
        + ",\"receiptNo\":\"" + receipt() + "\"}", treasurer), 201);
    String other = memberInGoodStanding();
    String childbirth = claim(number, "CHILDBIRTH", CoopTime.today().minusDays(2), ",\"children\":2");

    JsonObject byLeader = json(api.post("api/welfare/claims", childbirth, g.producerUsername()), 201);
    assertThat(byLeader.getJsonNumber("amountSatang").longValue()).isEqualTo(200000);
    assertThat(byLeader.getString("submittedBy")).isEqualTo(g.producerUsername());
    // another group's member is none of hers; a member claims for nobody but herself
    problem(api.post("api/welfare/claims", claim(other, "CHILDBIRTH", CoopTime.today().minusDays(2), ",\"children\":1"), g.producerUsername()), 404, "error.notFound");
    problem(api.post("api/welfare/claims", claim(other, "CHILDBIRTH", CoopTime.today().minusDays(2), ",\"children\":1"), login), 404, "error.notFound");
    problem(api.get("api/welfare/claims/" + byLeader.getJsonNumber("id").longValue(), shopper), 403, null);
    // she follows her claim, and cannot approve it
    var mine = api.get("api/welfare/claims/mine", login);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(jakarta.json.Json.createReader(new java.io.StringReader(mine.body())).readArray()).hasSize(1);
    assertThat(json(api.get("api/welfare/claims/" + byLeader.getJsonNumber("id").longValue(), login), 200).getString("state")).isEqualTo("WAITING_FIRST");
    problem(api.post("api/welfare/claims/" + byLeader.getJsonNumber("id").longValue() + "/approval", "{}", login), 403, null);
    JsonObject own = json(api.post("api/welfare/claims", claim(number, "HOSPITAL", CoopTime.today().minusDays(1), ",\"nights\":1"), login), 201);
    assertThat(own.getString("memberNumber")).isEqualTo(number);
  }

  @Test
  void aGiftByTheCooperativesOwnQrIsReceivedOnceWhenATreasurerConfirmsItsSlip() throws Exception {
    JsonObject given = json(api.post("api/welfare/donations", gift("1234.50", "qr-" + Fixtures.tag() + "@example.org", "PROMPTPAY_QR"), null), 201);
    String reference = given.getString("reference");
    String token = given.getString("accessToken");
    String payload = given.getJsonObject("promptPay").getString("payload");
    assertThat(coop.fairshare.payment.PromptPayQr.checksumHolds(payload)).isTrue();
    assertThat(payload).as("the exact amount").contains("54071234.50");
    problem(api.post("api/welfare/donations/" + reference + "/stripe-payment?token=" + token, "", null), 409, "welfare.donation.notViaStripe");
    // a web page called a picture is refused beside its field; a PNG is kept for a treasurer
    problem(api.postBytes("api/welfare/donations/" + reference + "/slip?token=" + token, "<html>not a slip</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "image/png", null), 400, "payment.slip.type");
    problem(api.postBytes("api/welfare/donations/" + reference + "/slip?token=" + token + "x", PNG, "image/png", null), 404, "error.notFound");
    long slipId = json(api.postBytes("api/welfare/donations/" + reference + "/slip?token=" + token, PNG, "image/png", null), 201).getJsonNumber("id").longValue();
    assertThat(api.get("api/treasurer/slips", treasurer).body()).as("an order's treasurer page does not show a gift's slip").doesNotContain("\"id\":" + slipId + ",");
    assertThat(api.get("api/welfare/donations/slips", treasurer).body()).contains("\"id\":" + slipId + ",").contains(reference);
    problem(api.post("api/welfare/donations/slips/" + slipId + "/confirmation", "", shopper), 403, null);
    problem(api.post("api/welfare/donations/slips/" + slipId + "/rejection", "{}", treasurer), 400, "payment.slip.reason");

    long fundBefore;
    long bankBefore;
    try (Connection c = Fixtures.connect()) {
      fundBefore = credit(c, "3100");
      bankBefore = -credit(c, "1000");
    }
    JsonObject received = json(api.post("api/welfare/donations/slips/" + slipId + "/confirmation", "", treasurer), 200);
    assertThat(received.getString("state")).isEqualTo("RECEIVED");
    assertThat(received.getString("receiptNo")).matches("DN-\\d{4}-\\d{6}");
    problem(api.post("api/welfare/donations/slips/" + slipId + "/confirmation", "", treasurer), 409, "payment.slip.decided");
    try (Connection c = Fixtures.connect()) {
      assertThat(credit(c, "3100") - fundBefore).as("the fund rose by the gift, once").isEqualTo(123450);
      assertThat(-credit(c, "1000") - bankBefore).as("into cash and bank").isEqualTo(123450);
    }
    assertThat(json(api.get("api/welfare/donations/" + reference + "?token=" + token, null), 200).getString("receiptNo")).isEqualTo(received.getString("receiptNo"));
  }

  /** The smallest PNG there is: its signature and a header, enough for the slip check. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

  private static String gift(String amount, String email, String method) {
    return "{\"amount\":\"" + amount + "\",\"email\":\"" + email + "\",\"method\":\"" + method + "\"}";
  }

  /** An account's credits less its debits, from its lines. */
  private static long credit(Connection c, String code) throws Exception {
    return Fixtures.number(c, """
        SELECT COALESCE(SUM(CASE WHEN l.side = 'C' THEN l.amount_satang ELSE -l.amount_satang END), 0)
        FROM journal_line l JOIN ledger_account a ON a.id = l.account_id WHERE a.code = ?""", code);
  }

  private HttpResponse<String> webhook(String payload) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve("api/stripe/webhook")).header("Content-Type", "application/json")
        .header("Stripe-Signature", FakeStripe.signature(payload, STRIPE_SECRET)).POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String leaderOf(Group g) throws Exception {
    try (var read = db.prepareStatement("SELECT m.member_number FROM member m JOIN producer_group g ON g.leader_member_id = m.id WHERE g.id = ?")) {
      read.setLong(1, g.id());
      try (var rows = read.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static JsonObject line(JsonObject report, String table, String key) {
    return report.getJsonObject("claims").getJsonArray(table).getValuesAs(JsonObject.class).stream().filter(l -> l.getString("key").equals(key)).findFirst()
        .orElse(Json.createObjectBuilder().add("key", key).add("paid", 0).add("paidSatang", 0).build());
  }

  @Test
  void theReportsFiguresMoveWithContributionsAPaidClaimAndAMemberBehind() throws Exception {
    problem(api.get("api/welfare/reports", shopper), 403, null);
    problem(api.get("api/welfare/reports?from=2026-13", treasurer), 400, "welfare.report.monthInvalid");
    // the page says so at its top (read before it is drawn, not while) and shows this year's report
    HttpResponse<String> page = api.get("welfare/reports.xhtml?from=2026-13", treasurer);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsPattern("fs-message-error[^>]*>[^<]*2026-13").contains("id=\"report-balance\"");
    problem(api.get("api/welfare/reports?from=2026-05&to=2026-04", treasurer), 400, "welfare.report.periodOrder");
    LocalDate event = CoopTime.today().minusDays(1);
    String period = "api/welfare/reports?from=" + YearMonth.from(event) + "&to=" + CoopTime.thisMonth();
    JsonObject before = json(api.get(period, admin), 200);
    assertThat(before.getJsonArray("monthEnds")).hasSize(12);

    // a member in the fund for five months before this one, who paid two of them
    Group behind = Fixtures.group(db, Fixtures.tag(), 3, "กลุ่มค้างชำระ", "Group behind");
    String late = leaderOf(behind);
    YearMonth joined = CoopTime.thisMonth().minusMonths(5);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + late + "\",\"joinedOn\":\"" + joined.atDay(1) + "\"}", treasurer), 201);
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + late + "\",\"months\":" + months(joined, joined.plusMonths(1)) + ",\"receiptNo\":\"" + receipt() + "\"}",
        treasurer), 201);
    // a member in good standing, paid up to this month, whose disaster claim of ฿500 is approved twice and paid
    String member = memberInGoodStanding();
    long hersPaid = 3000L * (YearMonth.from(CoopTime.today().minusDays(200)).until(CoopTime.thisMonth(), java.time.temporal.ChronoUnit.MONTHS) + 1);
    long id = json(api.post("api/welfare/claims", claim(member, "DISASTER", event, ",\"amount\":\"500\""), treasurer), 201).getJsonNumber("id").longValue();
    json(api.post("api/welfare/claims/" + id + "/approval", "{\"amount\":\"500\"}", treasurer2), 200);
    fundHolds(fund() + 50000);
    assertThat(json(api.post("api/welfare/claims/" + id + "/approval", "{}", admin), 200).getString("state")).isEqualTo("PAID");

    JsonObject after = json(api.get(period, treasurer), 200);
    JsonObject in = after.getJsonObject("moneyIn");
    assertThat(in.getJsonNumber("contributionsSatang").longValue() - before.getJsonObject("moneyIn").getJsonNumber("contributionsSatang").longValue())
        .isEqualTo(6000 + hersPaid);
    assertThat(in.getJsonNumber("claimsPaidSatang").longValue() - before.getJsonObject("moneyIn").getJsonNumber("claimsPaidSatang").longValue()).isEqualTo(50000);
    assertThat(in.getJsonNumber("totalSatang").longValue()).isEqualTo(in.getJsonNumber("contributionsSatang").longValue() + in.getJsonNumber("salesSatang").longValue()
        + in.getJsonNumber("donationsSatang").longValue() + in.getJsonNumber("grantsSatang").longValue() + in.getJsonNumber("otherSatang").longValue());
    // the fund's balance is the ledger's, and this month's end is it
    long balance = after.getJsonNumber("balanceSatang").longValue();
    assertThat(balance).isEqualTo(fund());
    var monthEnds = after.getJsonArray("monthEnds").getValuesAs(JsonObject.class);
    assertThat(monthEnds.get(11).getString("month")).isEqualTo(CoopTime.thisMonth().toString());
    assertThat(monthEnds.get(11).getJsonNumber("balanceSatang").longValue()).isEqualTo(balance);
    // the paid claim counted by benefit and month of the event
    for (String[] table : new String[][] {{"byBenefit", "DISASTER"}, {"byMonth", YearMonth.from(event).toString()}}) {
      JsonObject was = line(before, table[0], table[1]);
      JsonObject is = line(after, table[0], table[1]);
      assertThat(is.getInt("paid") - was.getInt("paid")).as(table[0]).isEqualTo(1);
      assertThat(is.getJsonNumber("paidSatang").longValue() - was.getJsonNumber("paidSatang").longValue()).as(table[0]).isEqualTo(50000);
    }
    // months covered: the balance over the year's payouts a month, to one decimal rounded down
    JsonObject cover = after.getJsonObject("cover");
    long paidYear = cover.getJsonNumber("paidLast12MonthsSatang").longValue();
    assertThat(paidYear - before.getJsonObject("cover").getJsonNumber("paidLast12MonthsSatang").longValue()).isEqualTo(50000);
    assertThat(cover.getJsonNumber("averageMonthlyPayoutSatang").longValue()).isEqualTo(paidYear / 12);
    assertThat(new java.math.BigDecimal(cover.getString("monthsCovered")))
        .isEqualTo(java.math.BigDecimal.valueOf(balance * 12).divide(java.math.BigDecimal.valueOf(paidYear), 1, java.math.RoundingMode.DOWN));
    // the member behind: her group owes three months, ฿90; the good-standing member's group owes nothing
    JsonObject owed = after.getJsonArray("overdue").getValuesAs(JsonObject.class).stream().filter(o -> o.getString("groupCode").equals(behind.code())).findFirst()
        .orElseThrow();
    assertThat(owed.getInt("members")).isEqualTo(1);
    assertThat(owed.getInt("months")).isEqualTo(3);
    assertThat(owed.getJsonNumber("amountSatang").longValue()).isEqualTo(9000);
  }
}
