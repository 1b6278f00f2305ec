package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.payment.FakeStripe;
import coop.fairshare.shared.CoopTime;
import jakarta.json.JsonObject;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WelfareIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** Plain HTTP/1.1, as the API helper speaks (no h2c upgrade on a page). */
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String STRIPE_SECRET = "whsec_test_fairshare";
  /** The tests' Stripe; the app reaches it through FAIRSHARE_STRIPE_API_BASE (pom.xml). */
  private static final FakeStripe STRIPE = new FakeStripe(Integer.getInteger("fairshare.test.stripe.port", 33097));

  @ArquillianResource
  private URL deployed;

  private URI base;

  private static String treasurer;
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
    JsonObject audit = json(api.get("api/ledger/audit", treasurer), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
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
}
