package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.payment.FakeStripe;
import coop.fairshare.payment.FeeSchedule;
import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.shared.Money;
import coop.fairshare.payment.PromptPayQr;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Money in and back out. Card and PromptPay through Stripe, end to end against the tests' Stripe (WireMock with Stripe's
 * objects; webhooks signed with Stripe's scheme): the order page makes the intent, Stripe's signed
 * webhook pays the order once however often and in whatever order its events come, the real fee
 * is posted against the estimate, money that comes after the reservation lapsed is not lost and
 * does not oversell, and Stripe's payouts move clearing to the bank. The cooperative's own QR: its
 * payload in the API, slips sent and checked by a treasurer through the pages. Refunds, partial and
 * whole, take back exactly what was posted and give card money back through Stripe.
 */
@ExtendWith(SharedApp.class)
class PaymentsIT {

  private static final String SECRET = "whsec_test_fairshare";
  /** Started before the first test; the app reaches it through FAIRSHARE_STRIPE_API_BASE (pom.xml). */
  private static final FakeStripe STRIPE = new FakeStripe(Integer.getInteger("fairshare.test.stripe.port", 23097));

  private final URL deployed = SharedApp.address();

  private static String tag;
  private static Group weavers;
  private static String treasurer;
  private static WebDriver browser;
  private final HttpClient http = HttpClient.newHttpClient();
  private Api api;
  private URI base;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (tag == null) {
      tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        weavers = Fixtures.group(c, tag, 2, "กลุ่มทอผ้าสไตรป์" + tag, "Stripe weavers " + tag,
            Fixtures.product("HANDICRAFT", "ผ้าพันคอ" + tag, "Scarf " + tag, 39000, 50),
            Fixtures.product("HANDICRAFT", "ย่าม" + tag, "Shoulder bag " + tag, 45000, 20),
            Fixtures.product("HANDICRAFT", "ผ้าผืนเดียว" + tag, "Only cloth " + tag, 120000, 1),
            Fixtures.product("HANDICRAFT", "ตะกร้า" + tag, "Basket " + tag, 25000, 30),
            Fixtures.product("PROCESSED_FOOD", "น้ำพริก" + tag, "Chili paste " + tag, 8000, 40));
        treasurer = Fixtures.treasurer(c, tag);
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
  static void stop() {
    if (browser != null) {
      Browser.quit(browser);
    }
    STRIPE.close();
  }

  @Test
  void aCardPaidThroughStripesWebhookPaysTheOrderOnceWithTheRealFeeAndTheReceiptAgrees() throws Exception {
    browser = browser == null ? Browser.start() : browser;
    Browser.open(browser, base, "language?to=en&back=/");
    Browser.open(browser, base, "catalog/product.xhtml?id=" + weavers.productIds().get(0));
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart-button")));
    browser.findElement(By.id("add-to-cart-button")).click();
    Browser.waitFor(browser, ExpectedConditions.urlContains("/cart/"));
    Browser.open(browser, base, "checkout/");
    Browser.type(browser, "checkout:recipient", "Somsri Jaidee");
    Browser.type(browser, "checkout:phone", "081-234-5678");
    Browser.type(browser, "checkout:addressLine", "99 Moo 3 Chang Phueak Road");
    Browser.type(browser, "checkout:subdistrict", "Si Phum");
    Browser.type(browser, "checkout:district", "Mueang Chiang Mai");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("checkout:province"))).selectByValue("TH-50");
    Browser.type(browser, "checkout:postcode", "50200");
    Browser.type(browser, "checkout:email", "card-" + tag + "@example.org");
    assertThat(browser.findElements(By.cssSelector("input[name='checkout:payment-method']")).stream().map(r -> r.getAttribute("value")))
        .as("every way to pay is offered when Stripe and a PromptPay ID are set").containsExactly("PROMPTPAY_QR", "CARD", "STRIPE_PROMPTPAY", "BANK_TRANSFER");
    browser.findElement(By.cssSelector("input[name='checkout:payment-method'][value='CARD']")).click();
    browser.findElement(By.id("checkout:place-order")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("card-payment")));
    String number = browser.findElement(By.id("order-number")).getText();

    // Stripe.js cannot load here (no internet): the page says so in its own words instead of an empty box
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("stripe-unavailable")));
    assertThat(browser.findElement(By.id("stripe-unavailable")).getText()).contains("could not load");
    assertThat(browser.findElement(By.id("pay-card")).isEnabled()).isFalse();

    String intentId = STRIPE.latestIntentFor(number).orElseThrow();
    long total;
    String receiptFee;
    try (Connection c = Fixtures.connect()) {
      total = Fixtures.number(c, "SELECT total_satang FROM shop_order WHERE order_number = ?", number);
    }
    var creation = STRIPE.paymentIntentCreations().stream().filter(r -> r.getBodyAsString().contains(number)).findFirst().orElseThrow();
    assertThat(creation.getHeader("Idempotency-Key")).isEqualTo("intent-" + number + "-attempt-1");
    assertThat(creation.getBodyAsString()).contains("amount=" + total).contains("currency=thb").contains("payment_method_types[0]=card");
    // the page again (a reload) shows the same intent, not a second charge
    browser.navigate().refresh();
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("stripe-unavailable")));
    assertThat(STRIPE.intentsFor(number)).containsExactly(intentId);

    // her bank says yes; Stripe tells the shop
    long realFee = 1493;
    STRIPE.succeed(intentId, realFee);
    assertThat(webhook(FakeStripe.event("evt_card_" + tag, "payment_intent.succeeded", STRIPE.intentJson(intentId))).statusCode()).isEqualTo(200);

    browser.navigate().refresh();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("order-state"), "data-state", "PAID"));
    assertThat(browser.findElements(By.id("card-payment"))).isEmpty();
    try (Connection c = Fixtures.connect()) {
      long estimated = Fixtures.number(c, "SELECT SUM(fee_satang) FROM sale_split WHERE sale_ref LIKE ?", number + "-%");
      // (total × 3.65 % + 10 baht) × 1.07 on the whole order, the estimate each line's split carried
      assertThat(estimated).isEqualTo(new FeeSchedule(365, 1000, 165, 700).estimate(PaymentMethod.CARD, Money.ofSatang(total)).satang());
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key LIKE ?", "sale-split-" + number + "-%")).isEqualTo(1);
      // the real fee less the estimate, against Stripe clearing
      assertThat(Fixtures.number(c, "SELECT total_satang FROM journal_entry WHERE idempotency_key = ?", "stripe-fee-" + intentId)).isEqualTo(estimated - realFee);
      receiptFee = Money.ofSatang(estimated).format(java.util.Locale.ENGLISH);
      assertThat(clearingChange(c, number, intentId)).as("Stripe clearing holds what Stripe holds: the total less the real fee").isEqualTo(total - realFee);
    }
    // the receipt shows the split the ledger posted
    assertThat(browser.findElement(By.cssSelector(".fs-receipt-line .fs-line-split")).getText()).contains(receiptFee);
    assertThat(json(api.get("api/ledger/audit", treasurer), 200).getJsonArray("accountsOff")).isEmpty();
  }

  @Test
  void theSameEventFiveTimesAndShuffledWithItsSiblingsPaysOncePostsOnce() throws Exception {
    JsonObject placed = json(api.post("api/checkout", checkout("STRIPE_PROMPTPAY", line(weavers.variantIds().get(1), 2)), null), 201);
    String number = placed.getString("number");
    String token = placed.getString("accessToken");
    JsonObject payment = json(api.post("api/orders/" + number + "/stripe-payment?token=" + token, "", null), 200);
    assertThat(payment.getString("status")).isEqualTo("requires_action");
    assertThat(PromptPayQr.checksumHolds(payment.getString("promptPayQr"))).as("Stripe's PromptPay QR, to be drawn by the shop").isTrue();
    // someone else's token reaches nothing
    problem(api.post("api/orders/" + number + "/stripe-payment?token=" + token.substring(1) + "x", "", null), 404, "error.notFound");
    String intentId = payment.getString("intentId");
    STRIPE.succeed(intentId, 1488);

    List<String> events = new ArrayList<>();
    String succeeded = FakeStripe.event("evt_pp_ok_" + tag, "payment_intent.succeeded", STRIPE.intentJson(intentId));
    for (int i = 0; i < 5; i++) {
      events.add(succeeded);
    }
    events.add(FakeStripe.event("evt_pp_charge_" + tag, "charge.succeeded", STRIPE.chargeJson(intentId)));
    events.add(FakeStripe.event("evt_pp_created_" + tag, "payment_intent.created", STRIPE.intentJson(intentId).replace("\"succeeded\"", "\"requires_action\"")));
    events.add(FakeStripe.event("evt_pp_processing_" + tag, "payment_intent.processing", STRIPE.intentJson(intentId).replace("\"succeeded\"", "\"processing\"")));
    Collections.shuffle(events, new Random(7));
    // all at once, as Stripe's retries can come
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String event : events) {
        answers.add(pool.submit((Callable<Integer>) () -> webhook(event).statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    // and once more, later
    assertThat(webhook(succeeded).statusCode()).isEqualTo(200);

    assertThat(json(api.get("api/orders/" + number + "?token=" + token, null), 200).getString("state")).isEqualTo("PAID");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM stripe_event WHERE event_id LIKE ?", "evt_pp_%" + tag)).isEqualTo(4);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key LIKE ?", "sale-split-" + number + "-%")).isEqualTo(1);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "order-shipping-" + number)).isEqualTo(1);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "stripe-fee-" + intentId)).isEqualTo(1);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM order_event e JOIN shop_order o ON o.id = e.order_id WHERE o.order_number = ? AND e.to_state = 'PAID'", number))
          .isEqualTo(1);
      long variant = weavers.variantIds().get(1);
      // only this test buys the bag: two sold once, none left held
      assertThat(Fixtures.number(c, "SELECT stock FROM product_variant WHERE id = ?", variant)).as("sold once").isEqualTo(18);
      assertThat(Fixtures.number(c, "SELECT reserved FROM product_variant WHERE id = ?", variant)).isZero();
      long total = Fixtures.number(c, "SELECT total_satang FROM shop_order WHERE order_number = ?", number);
      assertThat(clearingChange(c, number, intentId)).isEqualTo(total - 1488);
    }
    assertThat(STRIPE.refundedSatang(intentId)).isZero();
    assertThat(json(api.get("api/ledger/audit", treasurer), 200).getJsonArray("accountsOff")).isEmpty();
  }

  @Test
  void anEventStripeDidNotSignIsRefusedAndChangesNothingAndAnUnknownObjectIsAcknowledged() throws Exception {
    String payload = FakeStripe.event("evt_forged_" + tag, "payout.paid", "{\"id\": \"po_forged_" + tag + "\", \"object\": \"payout\"}");
    STRIPE.paidOut("po_forged_" + tag, 99_900);
    problem(send(payload, null), 400, "stripe.signature.invalid");
    problem(send(payload, FakeStripe.signature(payload, "whsec_someone_else")), 400, "stripe.signature.invalid");
    problem(send(payload, FakeStripe.signature(payload, SECRET, Instant.now().minusSeconds(600).getEpochSecond())), 400, "stripe.signature.invalid");
    problem(send(payload.replace("po_forged_", "po_altered_"), FakeStripe.signature(payload, SECRET)), 400, "stripe.signature.invalid");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM stripe_event WHERE event_id = ?", "evt_forged_" + tag)).isZero();
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "stripe-payout-po_forged_" + tag)).isZero();
    }

    // signed, but about an intent this shop never made: acknowledged, recorded, nothing else
    String unknown = FakeStripe.event("evt_unknown_" + tag, "payment_intent.succeeded",
        "{\"id\": \"pi_not_ours_" + tag + "\", \"object\": \"payment_intent\", \"amount\": 100, \"currency\": \"thb\", \"status\": \"succeeded\"}");
    HttpResponse<String> answer = webhook(unknown);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("unknown intent");
  }

  @Test
  void stripesPayoutMovesClearingToTheBankOnce() throws Exception {
    String payout = "po_fake_" + tag;
    STRIPE.paidOut(payout, 123_456);
    // the same payout told twice, by two different events
    assertThat(webhook(FakeStripe.event("evt_po1_" + tag, "payout.paid", STRIPE.payoutJson(payout))).statusCode()).isEqualTo(200);
    assertThat(webhook(FakeStripe.event("evt_po2_" + tag, "payout.paid", STRIPE.payoutJson(payout))).statusCode()).isEqualTo(200);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "stripe-payout-" + payout)).isEqualTo(1);
      assertThat(Fixtures.number(c, """
          SELECT SUM(CASE WHEN a.code = '1000' AND l.side = 'D' THEN l.amount_satang WHEN a.code = '1100' AND l.side = 'C' THEN l.amount_satang ELSE 0 END)
          FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id WHERE e.idempotency_key = ?""",
          "stripe-payout-" + payout)).as("debit the bank, credit Stripe clearing").isEqualTo(2 * 123_456);
    }
  }

  @Test
  void moneyAfterTheReservationLapsedTakesTheStockAgainOrIsRefundedAndSheIsTold() throws Exception {
    // 1. the stock is still there: taken again, and the order is paid
    JsonObject first = json(api.post("api/checkout", checkout("STRIPE_PROMPTPAY", line(weavers.variantIds().get(0), 2)), null), 201);
    String firstIntent = json(api.post("api/orders/" + first.getString("number") + "/stripe-payment?token=" + first.getString("accessToken"), "", null), 200)
        .getString("intentId");
    lapse(first.getString("number"));
    STRIPE.succeed(firstIntent, 700);
    assertThat(webhook(FakeStripe.event("evt_late1_" + tag, "payment_intent.succeeded", STRIPE.intentJson(firstIntent))).statusCode()).isEqualTo(200);
    JsonObject paidLate = json(api.get("api/orders/" + first.getString("number") + "?token=" + first.getString("accessToken"), null), 200);
    assertThat(paidLate.getString("state")).isEqualTo("PAID");
    assertThat(paidLate.getString("latePayment")).isEqualTo("RESERVED_AGAIN");
    assertThat(paidLate.getJsonArray("parcels").getJsonObject(0).getString("state")).isEqualTo("TO_PACK");
    assertThat(STRIPE.refundedSatang(firstIntent)).isZero();

    // 2. the only cloth was sold to someone else meanwhile: the money goes back, whole, and her page says why
    long cloth = weavers.variantIds().get(2);
    JsonObject second = json(api.post("api/checkout", checkout("STRIPE_PROMPTPAY", line(cloth, 1)), null), 201);
    String number = second.getString("number");
    String secondIntent = json(api.post("api/orders/" + number + "/stripe-payment?token=" + second.getString("accessToken"), "", null), 200).getString("intentId");
    lapse(number);
    json(api.post("api/checkout", checkout("PROMPTPAY_QR", line(cloth, 1)), null), 201);
    STRIPE.succeed(secondIntent, 2000);
    assertThat(webhook(FakeStripe.event("evt_late2_" + tag, "payment_intent.succeeded", STRIPE.intentJson(secondIntent))).statusCode()).isEqualTo(200);
    assertThat(webhook(FakeStripe.event("evt_late2b_" + tag, "charge.succeeded", STRIPE.chargeJson(secondIntent))).statusCode()).isEqualTo(200);

    JsonObject refunded = json(api.get("api/orders/" + number + "?token=" + second.getString("accessToken"), null), 200);
    assertThat(refunded.getString("state")).isEqualTo("CANCELLED");
    assertThat(refunded.getString("latePayment")).isEqualTo("REFUNDED");
    assertThat(STRIPE.refundedSatang(secondIntent)).as("refunded once, whole").isEqualTo(refunded.getJsonNumber("totalSatang").longValue());
    assertThat(STRIPE.refundRequests().stream().filter(r -> r.getBodyAsString().contains(secondIntent)).count()).isEqualTo(1);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT stock - reserved FROM product_variant WHERE id = ?", cloth)).as("never oversold").isZero();
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key LIKE ?", "sale-split-" + number + "-%")).isZero();
      // Stripe keeps its fee on money it gives back: the cooperative bears it
      assertThat(Fixtures.number(c, "SELECT total_satang FROM journal_entry WHERE idempotency_key = ?", "stripe-fee-" + secondIntent)).isEqualTo(2000);
    }
    browser = browser == null ? Browser.start() : browser;
    Browser.open(browser, base, "language?to=en&back=/");
    Browser.open(browser, base, "orders/order.xhtml?n=" + number + "&t=" + second.getString("accessToken"));
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("late-payment")));
    assertThat(browser.findElement(By.id("late-payment")).getText()).contains("refunded the whole amount");
    assertThat(json(api.get("api/ledger/audit", treasurer), 200).getJsonArray("accountsOff")).isEmpty();
  }

  @Test
  void theCooperativesOwnQrCarriesTheExactAmountToItsPromptPayId() throws Exception {
    JsonObject placed = json(api.post("api/checkout", checkout("PROMPTPAY_QR", line(weavers.variantIds().get(0), 1)), null), 201);
    JsonObject order = json(api.get("api/orders/" + placed.getString("number") + "?token=" + placed.getString("accessToken"), null), 200);
    assertThat(order.getString("paymentMethod")).isEqualTo("PROMPTPAY_QR");
    JsonObject promptPay = order.getJsonObject("promptPay");
    long total = order.getJsonNumber("totalSatang").longValue();
    assertThat(promptPay.getJsonNumber("amountSatang").longValue()).isEqualTo(total);
    String payload = promptPay.getString("payload");
    assertThat(PromptPayQr.checksumHolds(payload)).isTrue();
    // tag 29 with the mobile number 081-234-5678 as 0066812345678, and the exact amount in tag 54
    assertThat(payload).contains("0113" + "0066812345678");
    String amount = java.math.BigDecimal.valueOf(total, 2).toPlainString();
    assertThat(payload).contains("54" + String.format("%02d", amount.length()) + amount);
    // a method the shop does not know is refused in words
    problem(api.post("api/checkout", checkout("CASH", line(weavers.variantIds().get(0), 1)), null), 400, "checkout.paymentMethod.required");
  }

  /**
   * While an order waits for Stripe its page asks Stripe for the intent on each look (and holds the
   * stock a while longer), so that page is never kept whole for a signed-in shopper (shared/web/KeptPages):
   * each look is drawn, with the card form's secret.
   */
  @Test
  void aSignedInShoppersCardOrderPageIsDrawnForEachLookNeverKept() throws Exception {
    String buyer;
    try (Connection c = Fixtures.connect()) {
      buyer = Fixtures.shopper(c, tag + "k");
    }
    String number = json(api.post("api/checkout", checkout("CARD", line(weavers.variantIds().get(0), 1)), buyer), 201).getString("number");
    String page = "orders/order.xhtml?n=" + number;
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve(page)).header("Authorization", Api.basic(buyer)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String session = signedIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).collect(java.util.stream.Collectors.joining("; "));
    assertThat(session).contains("JSESSIONID");
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> look = http.send(HttpRequest.newBuilder(base.resolve(page)).header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(look.statusCode()).isEqualTo(200);
      assertThat(look.headers().firstValue("X-Fairshare-Cache")).as("look " + i).hasValue("miss");
      assertThat(look.body()).contains("id=\"signed-in-as\">" + buyer + "<").containsPattern("id=\"card-form\"[^>]*data-secret=\"[^\"]+_secret_");
    }
  }

  @Test
  void aCardOrderRefundedInPartsThenWholeGivesBackThroughStripeExactlyWhatWasPosted() throws Exception {
    long basket = weavers.variantIds().get(3);
    JsonObject placed = json(api.post("api/checkout", checkout("CARD", line(basket, 3), line(weavers.variantIds().get(4), 1)), null), 201);
    String number = placed.getString("number");
    String intentId = json(api.post("api/orders/" + number + "/stripe-payment?token=" + placed.getString("accessToken"), "", null), 200).getString("intentId");
    STRIPE.succeed(intentId, 3100);
    assertThat(webhook(FakeStripe.event("evt_refund_paid_" + tag, "payment_intent.succeeded", STRIPE.intentJson(intentId))).statusCode()).isEqualTo(200);
    JsonObject paid = json(api.get("api/orders/" + number + "?token=" + placed.getString("accessToken"), null), 200);
    assertThat(paid.getString("state")).isEqualTo("PAID");
    int basketLine = paid.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("sku").equals(weavers.skus().get(3)))
        .findFirst().orElseThrow().getInt("lineNo");
    long before;
    try (Connection c = Fixtures.connect()) {
      before = Fixtures.number(c, "SELECT stock FROM product_variant WHERE id = ?", basket);
    }

    // a refund needs its reason, and never more units than were paid for; a refused one changes nothing
    problem(api.post("api/treasurer/orders/" + number + "/refund", "{\"lines\":[{\"lineNo\":" + basketLine + ",\"units\":1}]}", treasurer), 400, "order.refund.reason");
    problem(api.post("api/treasurer/orders/" + number + "/refund", "{\"reason\":\"broken\",\"lines\":[{\"lineNo\":" + basketLine + ",\"units\":4}]}", treasurer),
        400, "order.refund.units");
    assertThat(STRIPE.refundedSatang(intentId)).isZero();

    JsonObject partly = json(api.post("api/treasurer/orders/" + number + "/refund",
        "{\"reason\":\"one basket arrived broken\",\"lines\":[{\"lineNo\":" + basketLine + ",\"units\":1}]}", treasurer), 200);
    assertThat(partly.getString("state")).isEqualTo("PAID");
    assertThat(STRIPE.refundedSatang(intentId)).as("one basket's price back through Stripe").isEqualTo(25000);
    assertThat(STRIPE.refundRequests().stream().filter(r -> r.getBodyAsString().contains(intentId)).map(r -> r.getHeader("Idempotency-Key")))
        .containsExactly("refund-" + number + "-1");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT stock FROM product_variant WHERE id = ?", basket)).as("never shipped: back on the shelf").isEqualTo(before + 1);
    }

    JsonObject whole = json(api.post("api/treasurer/orders/" + number + "/refund", "{\"reason\":\"the rest goes back too\"}", treasurer), 200);
    assertThat(whole.getString("state")).isEqualTo("REFUNDED");
    assertThat(STRIPE.refundedSatang(intentId)).as("in all, exactly what she paid").isEqualTo(paid.getJsonNumber("totalSatang").longValue());
    problem(api.post("api/treasurer/orders/" + number + "/refund", "{\"reason\":\"again\"}", treasurer), 409, "order.refund.notPaid");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT stock FROM product_variant WHERE id = ?", basket)).isEqualTo(before + 3);
      // every share the sale credited is taken back to the satang; only Stripe's fee stays, as the cooperative's expense
      String moved = """
          SELECT a.code, SUM(CASE WHEN l.side = 'D' THEN l.amount_satang ELSE -l.amount_satang END) AS net
          FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id
          WHERE e.source_ref LIKE ? OR e.source_ref = ? GROUP BY a.code HAVING net <> 0 ORDER BY a.code""";
      java.util.Map<String, Long> net = new java.util.TreeMap<>();
      try (var statement = c.prepareStatement(moved)) {
        statement.setString(1, number + "%");
        statement.setString(2, intentId);
        try (var rows = statement.executeQuery()) {
          while (rows.next()) {
            net.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      assertThat(net).containsExactly(java.util.Map.entry("1100", -3100L), java.util.Map.entry("5100", 3100L));
    }
    assertThat(json(api.get("api/ledger/audit", treasurer), 200).getJsonArray("accountsOff")).isEmpty();
    assertThat(json(api.get("api/ledger/trial-balance", treasurer), 200).getBoolean("balances")).isTrue();
  }

  @Test
  void aSlipIsSentCheckedRejectedAndConfirmedThroughThePages() throws Exception {
    JsonObject placed = json(api.post("api/checkout", checkout("PROMPTPAY_QR", line(weavers.variantIds().get(4), 2)), null), 201);
    String number = placed.getString("number");
    String token = placed.getString("accessToken");
    browser = browser == null ? Browser.start() : browser;
    Browser.open(browser, base, "language?to=en&back=/");
    Browser.open(browser, base, "orders/order.xhtml?n=" + number + "&t=" + token);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#promptpay-qr img")));
    assertThat(PromptPayQr.checksumHolds(browser.findElement(By.id("promptpay-qr")).getAttribute("data-payload"))).isTrue();

    // a web page called slip.jpg is not a slip
    java.nio.file.Path fake = java.nio.file.Files.createTempFile("slip", ".jpg");
    java.nio.file.Files.writeString(fake, "<html><body>not a slip</body></html>");
    sendSlip(fake);
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("slip-message"), "must be a photo"));
    // nor is a picture of more than 5 MB
    java.nio.file.Path big = java.nio.file.Files.createTempFile("slip", ".jpg");
    byte[] bytes = new byte[5 * 1024 * 1024 + 10];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    java.nio.file.Files.write(big, bytes);
    sendSlip(big);
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("slip-message"), "at most 5 MB"));
    java.nio.file.Path slip = java.nio.file.Files.createTempFile("slip", ".png");
    java.nio.file.Files.write(slip, PromptPayQr.transfer(coop.fairshare.payment.PromptPayId.parse("0812345678"), Money.ofBaht(1)).png(200));
    sendSlip(slip);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fs-slip[data-state='WAITING']")));
    problem(api.postBytes("api/orders/" + number + "/slip?token=" + token.substring(1) + "x", java.nio.file.Files.readAllBytes(slip), "image/png", null), 404, "error.notFound");

    // the treasurer finds no such money on the statement: rejected, and she reads why
    Browser.submitLogin(browser, base, treasurer, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "treasurer/slips.xhtml");
    By waiting = By.cssSelector(".fs-slip-waiting[data-order='" + number + "']");
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(waiting));
    assertThat(browser.findElement(waiting).findElement(By.cssSelector("a.fs-slip-file")).getAttribute("href")).contains("/treasurer/slip-file?id=");
    browser.findElement(waiting).findElement(By.cssSelector(".fs-reject-slip")).click();
    // beside the field it is about
    Browser.waitFor(browser, driver -> driver.findElement(waiting).findElements(By.cssSelector(".fs-error")).stream()
        .anyMatch(message -> message.getText().contains("why the slip is not accepted")));
    Browser.type(browser, browser.findElement(waiting).findElement(By.cssSelector("input.fs-slip-reason")).getAttribute("id"), "No transfer of this amount today");
    browser.findElement(waiting).findElement(By.cssSelector(".fs-reject-slip")).click();
    Browser.waitFor(browser, ExpectedConditions.invisibilityOfElementLocated(waiting));
    Browser.open(browser, base, "orders/order.xhtml?n=" + number + "&t=" + token);
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fs-slip[data-state='REJECTED']"), "No transfer of this amount today"));

    // she sends the right one; the treasurer confirms it and the order is paid
    sendSlip(slip);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fs-slip[data-state='WAITING']")));
    Browser.open(browser, base, "treasurer/slips.xhtml");
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(waiting));
    browser.findElement(waiting).findElement(By.cssSelector(".fs-confirm-slip")).click();
    Browser.waitFor(browser, ExpectedConditions.invisibilityOfElementLocated(waiting));
    assertThat(json(api.get("api/orders/" + number + "?token=" + token, null), 200).getString("state")).isEqualTo("PAID");
    Browser.open(browser, base, "orders/order.xhtml?n=" + number + "&t=" + token);
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.id("order-state"), "data-state", "PAID"));

    // the chili paste broke in the post: the treasurer gives one jar back on the page itself; without a
    // reason she is told so beside the field, and the unit she typed is still there
    By units = By.cssSelector(".fs-refund-line input[type='number']");
    browser.findElement(units).sendKeys("1");
    browser.findElement(By.id("refund-lines")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("refund-reason-message"), "reason for the refund"));
    assertThat(browser.findElement(units).getAttribute("value")).isEqualTo("1");
    assertThat(json(api.get("api/orders/" + number + "?token=" + token, null), 200).getString("state")).isEqualTo("PAID");
    Browser.type(browser, "refund-reason", "Jar broke in the post");
    browser.findElement(By.id("refund-lines")).click();
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("order-refunded")));
    assertThat(browser.findElement(By.id("order-refunded")).getText()).contains("80.00");
    browser.findElement(By.id("logout")).click();
    // signed out before the next address is opened: a form sent by a click may start its navigation after the next one
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
  }

  /**
   * In Chromium (every page state checked by axe-core at 360 px, PageChecks): a slip whose order its
   * shopper called off since says so in its panel; and on the orders to confirm, when the order above
   * hers is called off while her page is open, her confirm does nothing and she is told the list
   * moved (shared/web/RowKey), the orders below still waiting.
   */
  @Test
  void aSlipForACalledOffOrderAndAListThatMovedAreSaidOnTheTreasurersPages() throws Exception {
    String buyer;
    try (Connection c = Fixtures.connect()) {
      buyer = Fixtures.shopper(c, tag + "m");
    }
    List<JsonObject> placed = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      placed.add(json(api.post("api/checkout", checkout("PROMPTPAY_QR", line(weavers.variantIds().get(0), 1)), buyer), 201));
    }
    String calledOff = placed.get(0).getString("number");
    json(api.postBytes("api/orders/" + calledOff + "/slip?token=" + placed.get(0).getString("accessToken"),
        PromptPayQr.transfer(coop.fairshare.payment.PromptPayId.parse("0812345678"), Money.ofBaht(1)).png(200), "image/png", null), 201);
    assertThat(api.post("api/my/orders/" + calledOff + "/cancel", "", buyer).statusCode()).isEqualTo(200);

    By movedNotice = By.cssSelector(".fs-slip-waiting[data-order='" + calledOff + "'] .fs-order-moved");
    slipsAsTreasurer(movedNotice);
    assertThat(browser.findElement(movedNotice).getText()).contains("no longer waits for a payment (now: Cancelled)");

    Browser.open(browser, base, "treasurer/orders.xhtml");
    String meant = placed.get(2).getString("number");
    By row = By.cssSelector("tr.fs-awaiting[data-number='" + meant + "']");
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(row));
    // the order above hers is called off while her page is open
    assertThat(api.post("api/my/orders/" + placed.get(1).getString("number") + "/cancel", "", buyer).statusCode()).isEqualTo(200);
    browser.findElement(row).findElement(By.cssSelector(".fs-bank-reference")).sendKeys("KTB-" + tag);
    browser.findElement(row).findElement(By.cssSelector(".fs-confirm-payment")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The list changed while this page was open, so nothing was done"));
    for (JsonObject order : placed.subList(2, 4)) {
      assertThat(json(api.get("api/orders/" + order.getString("number") + "?token=" + order.getString("accessToken"), null), 200).getString("state"))
          .isEqualTo("AWAITING_PAYMENT");
    }
    browser.findElement(By.id("logout")).click();
    // signed out before the next address is opened: a form sent by a click may start its navigation after the next one
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
  }

  /**
   * She sent two slips for one transfer order (two transfers): the first confirmed pays the order; the
   * second, confirmed on the slips page in Chromium, is money in the bank that is hers to have back:
   * posted to 2500 "Money to return to shoppers", the treasurer told so, once however often it is sent,
   * and her order page says that slip's money comes back to her.
   */
  @Test
  void aSecondSlipForAnOrderPaidAlreadyIsRecordedAsMoneyToReturn() throws Exception {
    JsonObject placed = json(api.post("api/checkout", checkout("BANK_TRANSFER", line(weavers.variantIds().get(0), 1)), null), 201);
    String number = placed.getString("number");
    String token = placed.getString("accessToken");
    long total = json(api.get("api/orders/" + number + "?token=" + token, null), 200).getJsonNumber("totalSatang").longValue();
    byte[] png = PromptPayQr.transfer(coop.fairshare.payment.PromptPayId.parse("0812345678"), Money.ofBaht(1)).png(200);
    long first = json(api.postBytes("api/orders/" + number + "/slip?token=" + token, png, "image/png", null), 201).getJsonNumber("id").longValue();
    long second = json(api.postBytes("api/orders/" + number + "/slip?token=" + token, png, "image/png", null), 201).getJsonNumber("id").longValue();
    long owedBefore = toReturn();
    assertThat(json(api.post("api/treasurer/slips/" + first + "/confirmation", "", treasurer), 200).getString("state")).isEqualTo("PAID");
    assertThat(toReturn()).as("the first pays her order").isEqualTo(owedBefore);

    By panel = By.cssSelector(".fs-slip-waiting[data-order='" + number + "']");
    slipsAsTreasurer(panel);
    assertThat(browser.findElement(panel).findElement(By.cssSelector(".fs-order-moved")).getText()).contains("(now: Paid)");
    browser.findElement(panel).findElement(By.cssSelector(".fs-confirm-slip")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Slip for " + number + " confirmed. The order was paid already"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains(String.format("฿%,d.%02d", total / 100, total % 100));
    assertThat(browser.findElements(panel)).isEmpty();
    assertThat(toReturn()).as("owed back to her").isEqualTo(owedBefore + total);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id"
          + " WHERE e.idempotency_key = ? AND ((a.code = '1000' AND l.side = 'D') OR (a.code = '2500' AND l.side = 'C')) AND l.amount_satang = ?", "slip-paid-twice-" + second, total))
          .isEqualTo(2);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM order_event e JOIN shop_order o ON o.id = e.order_id WHERE o.order_number = ? AND e.note LIKE ?",
          number, "slip " + second + " confirmed: paid twice%")).isEqualTo(1);
    }
    // decided: sent again, refused, and nothing posted twice
    problem(api.post("api/treasurer/slips/" + second + "/confirmation", "", treasurer), 409, "payment.slip.decided");
    assertThat(toReturn()).isEqualTo(owedBefore + total);
    assertThat(json(api.get("api/ledger/audit", treasurer), 200).getJsonArray("accountsOff")).isEmpty();
    browser.findElement(By.id("logout")).click();
    // signed out before the next address is opened: a form sent by a click may start its navigation after the next one
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
    // her order page, by her link: the first slip paid it, the second's money comes back to her
    Browser.open(browser, base, "orders/order.xhtml?n=" + number + "&t=" + token);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fs-slip[data-state='TO_RETURN']")));
    assertThat(browser.findElements(By.cssSelector(".fs-slip")).stream().map(e -> e.getAttribute("data-state")).toList()).as("newest first").containsExactly("TO_RETURN", "CONFIRMED");
    assertThat(browser.findElement(By.cssSelector(".fs-slip[data-state='TO_RETURN']")).getText())
        .endsWith("money received, but the order was paid already: it will be returned to you");
  }

  /** Signs in as the treasurer in English and opens the slips to confirm, until {@code shown} is on it. */
  private void slipsAsTreasurer(By shown) throws Exception {
    browser = browser == null ? Browser.start() : browser;
    Browser.open(browser, base, "language?to=en&back=/");
    Browser.submitLogin(browser, base, treasurer, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "treasurer/slips.xhtml");
    Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(shown));
  }

  /** What the cooperative owes shoppers back (2500): credits less debits. */
  private static long toReturn() throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT COALESCE(SUM(CASE WHEN l.side = 'C' THEN l.amount_satang ELSE -l.amount_satang END), 0) FROM journal_line l"
          + " JOIN ledger_account a ON a.id = l.account_id WHERE a.code = '2500'");
    }
  }

  private void sendSlip(java.nio.file.Path file) {
    browser.findElement(By.id("slip")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("send-slip")).click();
  }

  /** Makes an unpaid order's reservation lapse now, and waits for the timer (every 2 s in the tests) to call it off. */
  private void lapse(String number) throws Exception {
    try (Connection c = Fixtures.connect()) {
      Fixtures.update(c, "UPDATE shop_order SET reserved_until = NOW(3) - INTERVAL 1 SECOND WHERE order_number = ?", number);
      long deadline = System.currentTimeMillis() + 20_000;
      while (Fixtures.number(c, "SELECT COUNT(*) FROM shop_order WHERE order_number = ? AND state = 'CANCELLED'", number) == 0) {
        assertThat(System.currentTimeMillis()).as("the expiry timer cancels the lapsed order").isLessThan(deadline);
        Thread.sleep(200);
      }
    }
  }

  /** What an order's entries and its Stripe fee did to Stripe clearing (1100): debits less credits. */
  private static long clearingChange(Connection c, String number, String intentId) throws Exception {
    return Fixtures.number(c, """
        SELECT COALESCE(SUM(CASE WHEN l.side = 'D' THEN l.amount_satang ELSE -l.amount_satang END), 0)
        FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id
        WHERE a.code = '1100' AND (e.idempotency_key LIKE ? OR e.idempotency_key = ? OR e.idempotency_key = ?)""",
        "sale-split-" + number + "-%", "order-shipping-" + number, "stripe-fee-" + intentId);
  }

  private HttpResponse<String> webhook(String payload) throws Exception {
    return send(payload, FakeStripe.signature(payload, SECRET));
  }

  private HttpResponse<String> send(String payload, String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/stripe/webhook")).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A guest calls off her unpaid order through her secret link, on its page (Chromium at 360 px,
   * checked by axe-core) as through the API: the held stock is back on sale at once, the order's
   * history says a guest did it, and a wrong token reaches nothing and changes nothing.
   */
  @Test
  void aGuestCallsOffHerUnpaidOrderThroughHerSecretLink() throws Exception {
    long variant = weavers.variantIds().get(1);
    long onSale = onSale(variant);
    JsonObject placed = json(api.post("api/checkout", checkout("BANK_TRANSFER", line(variant, 2)), null), 201);
    String number = placed.getString("number");
    String token = placed.getString("accessToken");
    assertThat(onSale(variant)).as("held for her").isEqualTo(onSale - 2);
    problem(api.post("api/orders/" + number + "/cancel?token=" + token.substring(1) + "x", "", null), 404, "error.notFound");
    problem(api.post("api/orders/" + number + "/cancel", "", null), 404, "error.notFound");
    assertThat(json(api.get("api/orders/" + number + "?token=" + token, null), 200).getString("state")).isEqualTo("AWAITING_PAYMENT");

    browser = browser == null ? Browser.start() : browser;
    Browser.open(browser, base, "language?to=en&back=/");
    Browser.open(browser, base, "orders/order.xhtml?n=" + number + "&t=" + token);
    Browser.waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("cancel-order")));
    // the first tap only asks; "keep my order" leaves it as it was
    browser.findElement(By.id("cancel-order")).click();
    Browser.waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("keep-order")));
    assertThat(browser.findElement(By.id("cancel-question")).getText()).isEqualTo("Cancel order " + number
        + "? What is held for you goes back on sale, and a cancelled order cannot be taken back.");
    assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
    // below the way to pay on a phone: the page opens on the question
    assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.activeElement.id")).isEqualTo("confirm-cancel");
    assertThat(json(api.get("api/orders/" + number + "?token=" + token, null), 200).getString("state")).isEqualTo("AWAITING_PAYMENT");
    browser.findElement(By.id("keep-order")).click();
    Browser.waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("cancel-order")));
    assertThat(browser.findElements(By.id("cancel-question"))).isEmpty();
    assertThat(browser.getCurrentUrl()).as("her page, by her link").contains("t=" + token);
    assertThat(onSale(variant)).as("still held for her").isEqualTo(onSale - 2);
    // asked again and answered yes: called off
    browser.findElement(By.id("cancel-order")).click();
    Browser.waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("yes-cancel")));
    browser.findElement(By.id("yes-cancel")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Order " + number + " is cancelled"));
    assertThat(browser.getCurrentUrl()).as("still her page, by her link").contains("t=" + token);
    assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
    assertThat(json(api.get("api/orders/" + number + "?token=" + token, null), 200).getString("state")).isEqualTo("CANCELLED");
    assertThat(onSale(variant)).as("back on sale at once").isEqualTo(onSale);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM order_event e JOIN shop_order o ON o.id = e.order_id WHERE o.order_number = ? AND e.to_state = 'CANCELLED' AND e.actor = 'guest'",
          number)).isEqualTo(1);
    }
    // called off already: said so, and the stock is not given back twice
    problem(api.post("api/orders/" + number + "/cancel?token=" + token, "", null), 409, "order.illegalTransition");
    assertThat(onSale(variant)).isEqualTo(onSale);
  }

  /** Units of a variant on sale: in stock and not held for an order. */
  private static long onSale(long variant) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT stock - reserved FROM product_variant WHERE id = ?", variant);
    }
  }

  private static String line(long variantId, int quantity) {
    return "{\"variantId\":" + variantId + ",\"quantity\":" + quantity + "}";
  }

  private static String checkout(String method, String... lines) {
    return "{\"lines\":[" + String.join(",", lines) + "],\"recipient\":\"สมศรี ใจดี\",\"phone\":\"0812345678\",\"addressLine\":\"99 หมู่ 3 ถนนช้างเผือก\","
        + "\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\"guest@example.org\","
        + "\"language\":\"en\",\"paymentMethod\":\"" + method + "\"}";
  }
}
