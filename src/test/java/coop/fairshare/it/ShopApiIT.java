package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop through its JSON API, as scripts and apps use it: checkout holds stock, a confirmed
 * transfer posts every line's split once, each group ships its own parcel, and nobody reaches an
 * order or a parcel that is not theirs. Bad input is refused with a problem and changes nothing.
 */
@ExtendWith(SharedApp.class)
class ShopApiIT {

  private final URL deployed = SharedApp.address();

  private static String tag;
  private static Group weavers;
  private static Group basketry;
  private static String shopper;
  private static String otherShopper;
  private static String treasurer;
  private static String admin;
  private Api api;
  private URI base;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (tag == null) {
      tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        weavers = Fixtures.group(c, tag, 1, "กลุ่มทอผ้า" + tag, "Weavers " + tag,
            Fixtures.product("HANDICRAFT", "ผ้าพันคอ" + tag, "Scarf " + tag, 45000, 50),
            Fixtures.product("HANDICRAFT", "เสื้อฝ้าย" + tag, "Cotton shirt " + tag, 65000, 0),
            Fixtures.product("HANDICRAFT", "ย่ามสุดท้าย" + tag, "Last bags " + tag, 39000, 10));
        basketry = Fixtures.group(c, tag, 4, "กลุ่มจักสาน" + tag, "Basketry " + tag,
            Fixtures.product("HANDICRAFT", "ตะกร้า" + tag, "Basket " + tag, 25000, 40));
        shopper = Fixtures.shopper(c, tag);
        otherShopper = Fixtures.shopper(c, tag + "b");
        treasurer = Fixtures.treasurer(c, tag);
        admin = Fixtures.admin(c, tag);
      }
    }
  }

  @Test
  void aGuestChecksOutAndTheStockIsHeldUntilSheHasPaid() throws Exception {
    long scarf = weavers.variantIds().get(0);
    long basket = basketry.variantIds().get(0);
    JsonObject placed = json(api.post("api/checkout", checkout(null, line(scarf, 2), line(basket, 1)), null), 201);
    String number = placed.getString("number");
    String token = placed.getString("accessToken");
    assertThat(number).matches("FS-\\d{4}-\\d{5}");
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);

    JsonObject order = json(api.get("api/orders/" + number + "?token=" + token, null), 200);
    assertThat(order.getString("state")).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.getJsonArray("parcels")).hasSize(2).allSatisfy(p -> assertThat(p.asJsonObject().getString("state")).isEqualTo("WAITING"));
    assertThat(order.getJsonNumber("itemsSatang").longValue()).isEqualTo(2 * 45000 + 25000);
    assertThat(order.getJsonNumber("shippingSatang").longValue()).isPositive();
    assertThat(order.getJsonNumber("totalSatang").longValue()).isEqualTo(order.getJsonNumber("itemsSatang").longValue() + order.getJsonNumber("shippingSatang").longValue());
    for (JsonObject line : order.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      JsonObject split = line.getJsonObject("split");
      long parts = split.getJsonNumber("maker").longValue() + split.getJsonNumber("group").longValue() + split.getJsonNumber("welfare").longValue()
          + split.getJsonNumber("coop").longValue() + split.getJsonNumber("fee").longValue();
      assertThat(parts).as("the split of a line adds up to the line").isEqualTo(line.getJsonNumber("lineSatang").longValue());
      assertThat(split.getJsonNumber("fee").longValue()).as("a bank transfer costs no fee").isZero();
    }
    assertThat(shelf(scarf)).containsExactly(50, 2);

    // the held scarves are still on the shelf: a count below them is refused and changes nothing
    problem(api.put("api/my/products/" + weavers.productIds().get(0) + "/stock", "{\"stock\": 1}", weavers.producerUsername()), 409, "stock.heldForOrders");
    assertThat(shelf(scarf)).containsExactly(50, 2);
    assertThat(json(api.put("api/my/products/" + weavers.productIds().get(0) + "/stock", "{\"stock\": 48}", weavers.producerUsername()), 200)
        .getInt("stock")).as("what shoppers can still buy").isEqualTo(46);
    assertThat(shelf(scarf)).containsExactly(48, 2);

    problem(api.get("api/orders/" + number, null), 404, "error.notFound");
    problem(api.get("api/orders/" + number + "?token=" + token.substring(1) + "x", null), 404, "error.notFound");
  }

  @Test
  void aConfirmedTransferPostsEveryLineOnceAndEachGroupShipsItsOwnParcel() throws Exception {
    long scarf = weavers.variantIds().get(0);
    long basket = basketry.variantIds().get(0);
    String number = json(api.post("api/checkout", checkout(null, line(scarf, 1), line(basket, 3)), shopper), 201).getString("number");
    assertThat(json(api.get("api/my/orders/" + number, shopper), 200).getString("state")).isEqualTo("AWAITING_PAYMENT");

    problem(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-1\"}", shopper), 403, "error.accessRefused");
    problem(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\" \"}", treasurer), 400, "order.paymentReference.required");
    assertThat(json(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-778812\"}", treasurer), 200).getString("state")).isEqualTo("PAID");
    assertThat(json(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-778812\"}", treasurer), 200).getString("state"))
        .as("confirming twice is harmless").isEqualTo("PAID");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE source = 'SALE' AND source_ref LIKE ?", number + "-%"))
          .as("one posting per line, however often the payment is confirmed").isEqualTo(2);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "order-shipping-" + number)).isEqualTo(1);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM stock_movement WHERE variant_id = ? AND kind = 'SOLD' AND reference = ?", basket, "order " + number)).isEqualTo(1);
    }
    assertLedgerBalances();

    long weaversParcel = parcelOf(weavers.producerUsername(), number);
    long basketryParcel = parcelOf(basketry.producerUsername(), number);
    problem(api.post("api/my/fulfilments/" + weaversParcel + "/shipment", "{\"carrier\":\"Kerry Express\",\"trackingNumber\":\"KEX1234567\"}", basketry.producerUsername()),
        403, "error.accessRefused");
    problem(api.post("api/my/fulfilments/" + weaversParcel + "/shipment", "{\"carrier\":\"Kerry Express\",\"trackingNumber\":\"x\"}", weavers.producerUsername()),
        400, "order.tracking.invalid");
    assertThat(parcelState(number, weaversParcel)).as("refusals changed nothing").isEqualTo("TO_PACK");

    HttpResponse<String> packing = api.post("api/my/fulfilments/" + weaversParcel + "/packing", "", weavers.producerUsername());
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM fulfilment WHERE id = ? AND state = 'PACKING'", weaversParcel)).as(packing.body()).isEqualTo(1);
    }
    assertThat(json(packing, 200).getString("state")).isEqualTo("PACKING");
    assertThat(json(api.get("api/my/orders/" + number, shopper), 200).getString("state")).isEqualTo("IN_FULFILMENT");
    json(api.post("api/my/fulfilments/" + weaversParcel + "/shipment", "{\"carrier\":\"Kerry Express\",\"trackingNumber\":\"kex 1234567\"}", weavers.producerUsername()), 200);
    assertThat(json(api.get("api/my/orders/" + number, shopper), 200).getString("state")).as("one parcel of two is out").isEqualTo("IN_FULFILMENT");
    json(api.post("api/my/fulfilments/" + basketryParcel + "/shipment", "{\"carrier\":\"Thailand Post\",\"trackingNumber\":\"EF123456789TH\"}", basketry.producerUsername()), 200);

    JsonObject shipped = json(api.get("api/my/orders/" + number, shopper), 200);
    assertThat(shipped.getString("state")).isEqualTo("SHIPPED");
    assertThat(shipped.getJsonArray("parcels").getValuesAs(JsonObject.class).stream().map(p -> p.getString("trackingNumber")))
        .containsExactlyInAnyOrder("KEX1234567", "EF123456789TH");
    problem(api.post("api/my/fulfilments/" + weaversParcel + "/shipment", "{\"carrier\":\"Kerry Express\",\"trackingNumber\":\"KEX999999\"}", weavers.producerUsername()),
        409, "order.illegalTransition");
  }

  @Test
  void aShopperCannotReadOrCancelAnotherShoppersOrderByChangingTheNumber() throws Exception {
    String number = json(api.post("api/checkout", checkout(null, line(basketry.variantIds().get(0), 1)), shopper), 201).getString("number");

    problem(api.get("api/my/orders/" + number, otherShopper), 404, "error.notFound");
    problem(api.post("api/my/orders/" + number + "/cancel", "", otherShopper), 404, "error.notFound");
    problem(api.get("api/my/orders", null), 401, null);
    assertThat(json(api.get("api/my/orders/" + number, shopper), 200).getString("state")).isEqualTo("AWAITING_PAYMENT");
    assertThat(Json.createReader(new StringReader(api.get("api/my/orders", otherShopper).body())).readArray()).isEmpty();

    assertThat(json(api.post("api/my/orders/" + number + "/cancel", "", shopper), 200).getString("state")).isEqualTo("CANCELLED");
    problem(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-9\"}", treasurer), 409, "order.illegalTransition");
  }

  @Test
  void badInputIsRefusedWithAClearProblemAndChangesNothing() throws Exception {
    long scarf = weavers.variantIds().get(0);
    List<Integer> before = shelf(scarf);
    long ordersBefore = orderCount();

    problem(api.post("api/checkout", checkout(null, line(scarf, -2)), null), 400, "cart.quantity.invalid");
    problem(api.post("api/checkout", checkout(null, line(scarf, 100)), null), 400, "cart.quantity.invalid");
    String hugeCart = IntStream.range(0, 31).mapToObj(i -> line(scarf + i, 1)).collect(Collectors.joining(","));
    problem(api.post("api/checkout", checkout(null, hugeCart), null), 400, "cart.tooManyLines");
    JsonObject wrongProvince = problem(api.post("api/checkout", checkout(null, line(scarf, 1)).replace("\"50200\"", "\"10200\""), null), 400, "address.postcode.notInProvince");
    assertThat(wrongProvince.getString("detail")).contains("50");
    problem(api.post("api/checkout", checkout(null, line(scarf, 1)).replace("\"50200\"", "\"5020\""), null), 400, "address.postcode.invalid");
    problem(api.post("api/checkout", checkout(null, line(scarf, 1)).replace("\"0812345678\"", "\"12345\""), null), 400, null);
    problem(api.post("api/checkout", checkout(null, line(scarf, 1)).replace("guest@example.org", "not-an-address"), null), 400, "checkout.email.invalid");
    problem(api.post("api/checkout", checkout(null, ""), null), 409, "cart.empty");
    problem(api.post("api/checkout", checkout(null, line(weavers.variantIds().get(1), 1)), null), 409, "stock.notEnough");
    problem(api.post("api/checkout", "{not json", null), 400, "error.invalidJson");

    assertThat(shelf(scarf)).as("stock untouched").isEqualTo(before);
    assertThat(orderCount()).as("no order written").isEqualTo(ordersBefore);
  }

  @Test
  void numbersThatWouldWrapAreRefusedAndChangeNothing() throws Exception {
    long scarf = weavers.variantIds().get(0);
    long scarfProduct = weavers.productIds().get(0);
    List<Integer> before = shelf(scarf);
    long ordersBefore = orderCount();

    // 4294967416 = 2^32 + 120: read by the low bits it was a count of 120
    assertInternalsHidden(problem(api.put("api/my/products/" + scarfProduct + "/stock", "{\"variantId\":" + scarf + ",\"stock\":4294967416}", weavers.producerUsername()),
        400, "error.wholeNumberExpected"));
    problem(api.put("api/my/products/" + scarfProduct + "/stock", "{\"variantId\":" + scarf + ",\"stock\":12.5}", weavers.producerUsername()), 400, "error.wholeNumberExpected");
    problem(api.put("api/my/products/" + scarfProduct + "/stock", "{\"variantId\":" + scarf + "}", weavers.producerUsername()), 400, "error.fieldRequired");
    // 2^32 + 1 passed as a quantity of 1; a 20-digit variant id wrapped to a small one
    problem(api.post("api/checkout", checkout(null, "{\"variantId\":" + scarf + ",\"quantity\":4294967297}"), null), 400, "error.wholeNumberExpected");
    problem(api.post("api/checkout", checkout(null, "{\"variantId\":" + (new java.math.BigInteger("18446744073709551616").add(java.math.BigInteger.valueOf(scarf))) + ",\"quantity\":1}"), null),
        400, "error.wholeNumberExpected");
    problem(api.put("api/shipping", "[{\"maxWeightGrams\":4294968296,\"feeSatang\":5000}]", admin), 400, "error.wholeNumberExpected");

    assertThat(shelf(scarf)).as("stock untouched").isEqualTo(before);
    assertThat(orderCount()).as("no order written").isEqualTo(ordersBefore);
  }

  @Test
  void nullsAndMissingPartsAreRefusedWithAKeyedProblemNotA500() throws Exception {
    long scarf = weavers.variantIds().get(0);
    List<Integer> before = shelf(scarf);
    long ordersBefore = orderCount();
    String table = api.get("api/shipping", null).body();

    assertInternalsHidden(problem(api.post("api/checkout", "{\"lines\":[null]}", null), 400, "error.listElementMissing"));
    problem(api.post("api/checkout", checkout(null, line(scarf, 1), "null"), null), 400, "error.listElementMissing");
    problem(api.post("api/checkout", checkout(null, "{\"quantity\":1}"), null), 400, "error.fieldRequired");
    problem(api.post("api/checkout", checkout(null, "{\"variantId\":" + scarf + "}"), null), 400, "error.fieldRequired");
    problem(api.post("api/checkout", "null", null), 400, "error.bodyRequired");
    problem(api.post("api/checkout", "{\"lines\":\"many\"}", null), 400, "error.invalidJson");
    assertInternalsHidden(problem(api.put("api/shipping", "[null]", admin), 400, "error.listElementMissing"));
    problem(api.put("api/shipping", "[{\"feeSatang\":5000}]", admin), 400, "error.fieldRequired");
    problem(api.put("api/shipping", "null", admin), 400, null);
    problem(api.put("api/my/products/" + weavers.productIds().get(0) + "/stock", "null", weavers.producerUsername()), 400, null);
    problem(api.post("api/my/fulfilments/1/shipment", "null", weavers.producerUsername()), 400, null);

    assertThat(shelf(scarf)).as("stock untouched").isEqualTo(before);
    assertThat(orderCount()).as("no order written").isEqualTo(ordersBefore);
    assertThat(api.get("api/shipping", null).body()).as("shipping table unchanged").isEqualTo(table);
  }

  @Test
  void aPageBeyondAnyListIsRefusedWithoutTheDatabasesWords() throws Exception {
    assertInternalsHidden(problem(api.get("api/products?page=2147483647", null), 400, "error.pageOutOfRange"));
    problem(api.get("api/products?page=-1", null), 400, "error.pageOutOfRange");
    problem(api.get("api/products?page=99999999999999999999", null), 400, "error.wholeNumberExpected");
    problem(api.get("api/products?size=0", null), 400, "error.pageSizeOutOfRange");
    problem(api.get("api/products?group=abc", null), 400, "error.wholeNumberExpected");
    assertInternalsHidden(problem(api.get("api/products?category=FOO", null), 400, "error.unknownValue"));
    assertThat(json(api.get("api/products?page=100000", null), 200).getJsonArray("items")).isEmpty();
  }

  @Test
  void aBodyLargerThanTheCapIsAnswered413WithoutBeingRead() throws Exception {
    // 20 MB announced: the answer comes after the headers and a few bytes, the rest is never sent
    String answer = RawHttp.send(base, "api/checkout", "Content-Type: application/json", 20L * 1024 * 1024, 1024);
    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"error.bodyTooLarge\"");
    assertNoInternals(answer);
    String photo = RawHttp.send(base, "api/my/products/" + weavers.productIds().get(0) + "/photos", "Content-Type: image/jpeg", 30L * 1024 * 1024, 1024);
    assertThat(photo).startsWith("HTTP/1.1 413");
    // a body that never says its length is cut off at the cap while it is read
    String chunked = RawHttp.sendChunked(base, "api/checkout", "Content-Type: application/json", 2L * 1024 * 1024);
    assertThat(chunked).startsWith("HTTP/1.1 413").contains("error.bodyTooLarge");
    assertNoInternals(chunked);
    assertThat(api.get("api/products?size=1", null).statusCode()).as("the server is fine afterwards").isEqualTo(200);
  }

  /** No Java, JDK or library words in a problem, whatever was sent. */
  static void assertInternalsHidden(JsonObject problem) {
    assertNoInternals(problem.toString());
  }

  static void assertNoInternals(String answer) {
    assertThat(answer).doesNotContain("java.").doesNotContain("Exception").doesNotContain("EclipseLink").doesNotContain("No enum constant").doesNotContain("coop.fairshare");
  }

  @Test
  void aRefusalGivesItsCodeAndSpeaksTheCallersLanguage() throws Exception {
    long scarf = weavers.variantIds().get(0);
    String wrongProvince = checkout(null, line(scarf, 1)).replace("\"50200\"", "\"10200\"");

    JsonObject thai = problem(api.in("th").post("api/checkout", wrongProvince, null), 400, "address.postcode.notInProvince");
    assertThat(thai.getString("detail")).isEqualTo("รหัสไปรษณีย์ของจังหวัดนี้ต้องขึ้นต้นด้วย 50");
    JsonObject english = problem(api.in("en-GB,en;q=0.9").post("api/checkout", wrongProvince, null), 400, "address.postcode.notInProvince");
    assertThat(english.getString("detail")).isEqualTo("Postcodes in this province start with 50");
    assertThat(problem(api.post("api/checkout", wrongProvince, null), 400, "address.postcode.notInProvince").getString("detail"))
        .as("no language asked for: Thai, as the pages").isEqualTo(thai.getString("detail"));
    HttpRequest withCookie = HttpRequest.newBuilder(base.resolve("api/checkout")).header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Cookie", "fairshare-lang=en").POST(HttpRequest.BodyPublishers.ofString(wrongProvince)).build();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertThat(problem(http.send(withCookie, HttpResponse.BodyHandlers.ofString()), 400, "address.postcode.notInProvince").getString("detail"))
        .as("no header: the language the pages use").isEqualTo(english.getString("detail"));

    // a domain rule that used to be the JDK's IllegalArgumentException, in both languages
    long scarfProduct = weavers.productIds().get(0);
    String producer = weavers.producerUsername();
    JsonObject count = problem(api.in("th").put("api/my/products/" + scarfProduct + "/stock", "{\"stock\": -1, \"variantId\": " + scarf + "}", producer), 400, "stock.count.range");
    assertThat(count.getString("detail")).isEqualTo("จำนวนคงเหลือต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 1,000,000");
    count = problem(api.in("en").put("api/my/products/" + scarfProduct + "/stock", "{\"stock\": -1, \"variantId\": " + scarf + "}", producer), 400, "stock.count.range");
    assertThat(count.getString("detail")).isEqualTo("Stock must be a whole number from 0 to 1,000,000");

    // what the JDK or a library would have said is never shown: the generic keyed text instead
    JsonObject notJson = problem(api.in("en").post("api/checkout", "{not json", null), 400, "error.invalidJson");
    assertThat(notJson.getString("detail")).isEqualTo("The request body is not valid JSON for this call");
    JsonObject enumWord = problem(api.in("en").get("api/products?category=FOO", null), 400, "error.unknownValue");
    assertThat(enumWord.getString("detail")).contains("category").contains("HANDICRAFT");
    JsonObject nothingHere = problem(api.in("th").get("api/no-such-thing", null), 404, "http.404");
    assertThat(nothingHere.getString("detail")).isEqualTo("ไม่พบข้อมูลที่ที่อยู่นี้");
    for (String path : List.of("api/products?page=2147483647", "api/products?page=-1", "api/products?size=0")) {
      HttpResponse<String> answer = api.in("en").get(path, null);
      assertThat(answer.body()).as(path).doesNotContain("Negative Start Position").doesNotContain("java.").doesNotContain("Exception").doesNotContain("EclipseLink");
    }
  }

  @Test
  void fiftyShoppersRaceForTheLastTenUnitsAndExactlyTenGetOne() throws Exception {
    long lastBags = weavers.variantIds().get(2);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<String>>> racers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      HttpRequest request = HttpRequest.newBuilder(base.resolve("api/checkout")).header("Content-Type", "application/json").header("Accept", "application/json")
          .header("Accept-Language", "en")
          .POST(HttpRequest.BodyPublishers.ofString(checkout("racer" + i + "@example.org", line(lastBags, 1)))).build();
      racers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> outcomes = racers.stream().map(CompletableFuture::join).toList();

    assertThat(outcomes.stream().filter(r -> r.statusCode() == 201)).hasSize(10);
    List<HttpResponse<String>> refused = outcomes.stream().filter(r -> r.statusCode() != 201).toList();
    assertThat(refused).hasSize(40).allSatisfy(r -> {
      JsonObject problem = problem(r, 409, "stock.notEnough");
      assertThat(problem.getString("detail")).isEqualTo("Not enough of Last bags " + tag + " left: 0 available now");
    });
    assertThat(shelf(lastBags)).as("all ten held, none sold yet").containsExactly(10, 10);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM stock_movement WHERE variant_id = ? AND kind = 'RESERVED'", lastBags)).isEqualTo(10);
      assertThat(Fixtures.number(c, "SELECT SUM(reserved_change) FROM stock_movement WHERE variant_id = ?", lastBags)).as("the log agrees with the shelf").isEqualTo(10);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM order_line WHERE variant_id = ?", lastBags)).as("one order per unit").isEqualTo(10);
    }
  }

  @Test
  void aRefundReversesThePostingsAndPutsUnshippedGoodsBackOnTheShelf() throws Exception {
    long scarf = weavers.variantIds().get(0);
    List<Integer> before = shelf(scarf);
    String number = json(api.post("api/checkout", checkout(null, line(scarf, 3)), shopper), 201).getString("number");
    json(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-55\"}", treasurer), 200);
    assertThat(shelf(scarf)).containsExactly(before.get(0) - 3, before.get(1));

    JsonObject refunded = json(api.post("api/treasurer/orders/" + number + "/refund", "{\"reason\":\"wrong colour\"}", treasurer), 200);
    assertThat(refunded.getString("state")).isEqualTo("REFUNDED");
    assertThat(shelf(scarf)).as("the scarves were never shipped: back on the shelf").isEqualTo(before);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry WHERE source = 'REFUND' AND source_ref LIKE ?", number + "%"))
          .as("the sale and the shipping are taken back").isEqualTo(2);
      // a transfer has no fee: every account the sale touched is back where it was
      assertThat(Fixtures.number(c, """
          SELECT COUNT(*) FROM (SELECT l.account_id, SUM(CASE WHEN l.side = 'D' THEN l.amount_satang ELSE -l.amount_satang END) AS net
          FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id WHERE e.source_ref LIKE ? GROUP BY l.account_id HAVING net <> 0) moved""", number + "%"))
          .isZero();
    }
    assertLedgerBalances();
    problem(api.post("api/treasurer/orders/" + number + "/refund", "{}", treasurer), 400, "order.refund.reason");
    problem(api.post("api/treasurer/orders/" + number + "/refund", "{\"reason\":\"again\"}", treasurer), 409, "order.refund.notPaid");
  }

  @Test
  void onlyAnAdminReplacesTheShippingTableAndOnlyWithASensibleOne() throws Exception {
    String before = api.get("api/shipping", null).body();
    assertThat(Json.createReader(new StringReader(before)).readArray()).isNotEmpty();

    problem(api.put("api/shipping", "[{\"maxWeightGrams\":1000,\"feeSatang\":5000}]", treasurer), 403, "error.accessRefused");
    problem(api.put("api/shipping", "[{\"maxWeightGrams\":1000,\"feeSatang\":5000},{\"maxWeightGrams\":5000,\"feeSatang\":4000}]", admin), 400, "shipping.table.cheaperHeavier");
    problem(api.put("api/shipping", "[]", admin), 400, "shipping.table.empty");
    assertThat(api.get("api/shipping", null).body()).as("refusals changed nothing").isEqualTo(before);

    try {
      JsonArray saved = Json.createReader(new StringReader(api.put("api/shipping", "[{\"maxWeightGrams\":20000,\"feeSatang\":15000},{\"maxWeightGrams\":1000,\"feeSatang\":5000}]", admin).body())).readArray();
      assertThat(saved.getValuesAs(JsonObject.class).stream().map(b -> b.getInt("maxWeightGrams"))).containsExactly(1000, 20000);
      JsonObject placed = json(api.post("api/checkout", checkout(null, line(basketry.variantIds().get(0), 1)), null), 201);
      JsonObject order = json(api.get("api/orders/" + placed.getString("number") + "?token=" + placed.getString("accessToken"), null), 200);
      assertThat(order.getJsonNumber("shippingSatang").longValue()).as("a 300 g parcel under the new table").isEqualTo(5000);
    } finally {
      assertThat(api.put("api/shipping", before, admin).statusCode()).isEqualTo(200);
    }
  }

  // ---- security: cross-site requests, headers --------------------------------------------------

  @Test
  void anotherSiteCannotCancelASignedInShoppersOrderThroughHerSessionCookie() throws Exception {
    String number = json(api.post("api/checkout", checkout(null, line(basketry.variantIds().get(0), 1)), shopper), 201).getString("number");
    // her browser's session: signing in once (here with Basic) leaves the session cookie behind
    HttpResponse<String> signedIn = raw("GET", "api/my/orders", null, null, "Authorization", Api.basic(shopper));
    assertThat(signedIn.statusCode()).isEqualTo(200);
    String setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    // Payara's session cookie comes with its version cookie; a browser sends both back
    String cookie = signedIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
    String ours = "http://localhost:" + base.getPort();

    // a form on evil.example, a text/plain form post, a bare POST, a Referer only: all refused, nothing cancelled
    problem(raw("POST", "api/my/orders/" + number + "/cancel", "text/plain", "x=y", "Cookie", cookie, "Origin", "https://evil.example"), 403, "error.crossSite");
    problem(raw("POST", "api/my/orders/" + number + "/cancel", null, null, "Cookie", cookie, "Origin", "https://evil.example"), 403, "error.crossSite");
    problem(raw("POST", "api/my/orders/" + number + "/cancel", null, null, "Cookie", cookie, "Referer", "https://evil.example/win-a-prize"), 403, "error.crossSite");
    problem(raw("POST", "api/my/orders/" + number + "/cancel", null, null, "Cookie", cookie, "Origin", "null"), 403, "error.crossSite");
    problem(raw("POST", "api/my/orders/" + number + "/cancel", null, null, "Cookie", cookie), 403, "error.crossSite");
    // our own page may, but not with a form's body type
    problem(raw("POST", "api/my/orders/" + number + "/cancel", "text/plain", "x=y", "Cookie", cookie, "Origin", ours), 415, null);
    assertThat(json(api.get("api/my/orders/" + number, shopper), 200).getString("state")).isEqualTo("AWAITING_PAYMENT");

    assertThat(json(raw("POST", "api/my/orders/" + number + "/cancel", null, null, "Cookie", cookie, "Origin", ours), 200).getString("state")).isEqualTo("CANCELLED");

    // a script with HTTP Basic needs no Origin
    String second = json(api.post("api/checkout", checkout(null, line(basketry.variantIds().get(0), 1)), shopper), 201).getString("number");
    assertThat(json(raw("POST", "api/my/orders/" + second + "/cancel", null, null, "Authorization", Api.basic(shopper)), 200).getString("state")).isEqualTo("CANCELLED");
    // and the same script from another site's page is refused
    problem(raw("POST", "api/checkout", "application/json", checkout(null, line(basketry.variantIds().get(0), 1)), "Authorization", Api.basic(shopper), "Origin", "https://evil.example"), 403,
        "error.crossSite");
  }

  @Test
  void bodiesOfTheWrongTypeAreRefusedWith415AndChangeNothing() throws Exception {
    List<Integer> shelf = shelf(weavers.variantIds().get(0));
    long orders = orderCount();
    problem(raw("POST", "api/checkout", "text/plain", checkout(null, line(basketry.variantIds().get(0), 1))), 415, null);
    problem(raw("POST", "api/checkout", "application/x-www-form-urlencoded", "lines=1", "Authorization", Api.basic(shopper)), 415, null);
    assertThat(orderCount()).isEqualTo(orders);
    // cancelling takes no body, so a form's post of one is refused before anything is cancelled
    String number = json(api.post("api/checkout", checkout(null, line(basketry.variantIds().get(0), 1)), shopper), 201).getString("number");
    problem(raw("POST", "api/my/orders/" + number + "/cancel", "text/plain", "x=y", "Authorization", Api.basic(shopper)), 415, null);
    assertThat(json(api.get("api/my/orders/" + number, shopper), 200).getString("state")).isEqualTo("AWAITING_PAYMENT");
    problem(raw("PUT", "api/shipping", "text/plain", "[{\"maxWeightGrams\":1000,\"feeSatang\":1}]", "Authorization", Api.basic(admin)), 415, null);
    problem(raw("PUT", "api/my/products/" + weavers.productIds().get(0) + "/stock", "text/plain", "{\"stock\": 1}", "Authorization", Api.basic(weavers.producerUsername())), 415, null);
    problem(raw("POST", "api/ledger/periods/2020-01/close", "text/plain", "x", "Authorization", Api.basic(treasurer)), 415, null);
    problem(raw("POST", "api/my/products/" + weavers.productIds().get(0) + "/photos", "text/plain", "x", "Authorization", Api.basic(weavers.producerUsername())), 415, null);
    assertThat(shelf(weavers.variantIds().get(0))).isEqualTo(shelf);
  }

  @Test
  void pagesAndAnswersCarryTheSecurityHeadersAndNoServerBanner() throws Exception {
    JsonObject guest = json(api.post("api/checkout", checkout("guest-" + tag + "@example.org", line(basketry.variantIds().get(0), 1)), null), 201);
    String number = guest.getString("number");
    String token = guest.getString("accessToken");
    for (int view = 0; view < 2; view++) {
      // the second view of the catalog may come from the anonymous page cache: the same headers, once each
      HttpResponse<String> page = raw("GET", "catalog/", null, null);
      assertThat(page.statusCode()).isEqualTo(200);
      assertSecurityHeaders(page);
      assertThat(page.headers().firstValue("Cache-Control")).as("a public page").isEmpty();
    }
    HttpResponse<String> mine = raw("GET", "api/my/orders", null, null, "Authorization", Api.basic(shopper));
    assertSecurityHeaders(mine);
    assertThat(mine.headers().allValues("Cache-Control")).containsExactly("no-store");
    HttpResponse<String> signedInPage = raw("GET", "account/orders.xhtml", null, null, "Authorization", Api.basic(shopper));
    assertThat(signedInPage.statusCode()).isEqualTo(200);
    assertSecurityHeaders(signedInPage);
    assertThat(signedInPage.headers().allValues("Cache-Control")).containsExactly("no-store");
    HttpResponse<String> guests = raw("GET", "api/orders/" + number + "?token=" + token, null, null);
    assertSecurityHeaders(guests);
    assertThat(guests.headers().allValues("Cache-Control")).containsExactly("no-store");
    HttpResponse<String> guestPage = raw("GET", "orders/order.xhtml?n=" + number + "&t=" + token, null, null);
    assertThat(guestPage.statusCode()).isEqualTo(200);
    assertThat(guestPage.body()).contains(number);
    assertThat(guestPage.headers().allValues("Cache-Control")).containsExactly("no-store");

    HttpResponse<String> metrics = raw("GET", "metrics", null, null);
    assertThat(metrics.statusCode()).as(metrics.body()).isIn(401, 403, 404);
    assertThat(metrics.body()).doesNotContain("base_").doesNotContain("jvm").doesNotContain("# TYPE");
    assertThat(metrics.headers().firstValue("Server")).isEmpty();
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    String what = response.request().uri().getPath();
    assertThat(response.headers().allValues("Content-Security-Policy")).as(what).hasSize(1);
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).as(what).contains("default-src 'self'").contains("frame-ancestors 'none'");
    assertThat(response.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
    assertThat(response.headers().allValues("Referrer-Policy")).as(what).containsExactly("strict-origin-when-cross-origin");
    assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
    assertThat(response.headers().firstValue("Server")).as(what).isEmpty();
    assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
  }

  /** A request as a browser or a script would send it: method, body type and body (none when null), then header pairs. */
  private HttpResponse<String> raw(String method, String path, String contentType, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private void assertLedgerBalances() throws Exception {
    JsonObject audit = json(api.get("api/ledger/audit", treasurer), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
    assertThat(audit.getJsonNumber("totalDebits").longValue()).isEqualTo(audit.getJsonNumber("totalCredits").longValue());
  }

  private long parcelOf(String producer, String number) throws Exception {
    JsonArray queue = Json.createReader(new StringReader(api.get("api/my/fulfilments", producer).body())).readArray();
    return queue.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("orderNumber").equals(number)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private String parcelState(String number, long parcelId) throws Exception {
    return json(api.get("api/my/orders/" + number, shopper), 200).getJsonArray("parcels").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("id").longValue() == parcelId).findFirst().orElseThrow().getString("state");
  }

  /** The variant's shelf and the part of it held for orders. */
  private static List<Integer> shelf(long variantId) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return List.of((int) Fixtures.number(c, "SELECT stock FROM product_variant WHERE id = ?", variantId),
          (int) Fixtures.number(c, "SELECT reserved FROM product_variant WHERE id = ?", variantId));
    }
  }

  private static long orderCount() throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT COUNT(*) FROM shop_order");
    }
  }

  private static String line(long variantId, int quantity) {
    return "{\"variantId\":" + variantId + ",\"quantity\":" + quantity + "}";
  }

  /** A checkout to a real Chiang Mai address (postcode 50200); a guest's when the e-mail is given or no shopper signs in. */
  private static String checkout(String email, String... lines) {
    return "{\"lines\":[" + String.join(",", lines) + "],\"recipient\":\"สมศรี ใจดี\",\"phone\":\"0812345678\",\"addressLine\":\"99 หมู่ 3 ถนนช้างเผือก\","
        + "\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\""
        + (email == null ? "guest@example.org" : email) + "\",\"language\":\"en\"}";
  }
}
