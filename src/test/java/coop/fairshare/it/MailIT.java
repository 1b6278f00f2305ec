package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shopper's e-mails through a real SMTP server (GreenMail in the test JVM, the shared app's
 * mail server: {@link TestMailServer}): each step of an order arrives once, in her language, her
 * order link works; a mail server that is down neither slows nor fails a checkout, and the mail
 * arrives once it is back; an admin reads the outbox.
 */
@ExtendWith(SharedApp.class)
class MailIT {

  private static final Pattern ORDER_LINK = Pattern.compile("(https?://\\S+/orders/order\\.xhtml\\?n=\\S+)");

  private final URL deployed = SharedApp.address();
  private final TestMailServer smtp = SharedApp.mailServer();

  private static String tag;
  private static Group weavers;
  private static String treasurer;
  private static String admin;
  private static String shopper;
  private static WebDriver browser;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private Api api;
  private URI base;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (tag == null) {
      tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        weavers = Fixtures.group(c, tag, 1, "กลุ่มทอผ้าจดหมาย" + tag, "Mail weavers " + tag,
            Fixtures.product("HANDICRAFT", "ผ้าพันคอ" + tag, "Scarf " + tag, 45000, 50),
            Fixtures.product("HANDICRAFT", "ย่าม" + tag, "Shoulder bag " + tag, 39050, 50));
        treasurer = Fixtures.treasurer(c, tag);
        admin = Fixtures.admin(c, tag);
        shopper = Fixtures.shopper(c, tag);
      }
    }
  }

  /** The mail server is the shared app's: whatever a test did to it, the next class finds it listening. */
  @AfterEach
  void mailServerListensAgain() {
    smtp.start();
  }

  @AfterEach
  void pagesPassedTheirChecks() {
    if (browser != null) {
      Browser.assertPagesPassed(browser);
    }
  }

  @AfterAll
  static void stopAll() {
    if (browser != null) {
      Browser.quit(browser);
      browser = null;
    }
  }

  @Test
  void aGuestIsToldOfEachStepOfHerOrderInThaiOnceAndHerLinkOpensIt() throws Exception {
    String guest = "somsri-" + tag.toLowerCase(Locale.ROOT) + "@example.org";
    JsonObject placed = json(api.post("api/checkout", checkout(guest, "th", line(weavers.variantIds().get(0), 2), line(weavers.variantIds().get(1), 1)), null), 201);
    String number = placed.getString("number");
    String token = placed.getString("accessToken");

    MimeMessage placedMail = awaitMail(guest, "คำสั่งซื้อ " + number);
    String text = body(placedMail);
    assertThat(placedMail.getSubject()).isEqualTo("Fairshare: คำสั่งซื้อ " + number + " ของคุณ");
    assertThat(placedMail.getFrom()[0].toString()).contains("shop@fairshare.test");
    assertThat(text).contains("เรียน คุณสมศรี ใจดี").contains("2 × ผ้าพันคอ" + tag + " — ฿900.00").contains("1 × ย่าม" + tag + " — ฿390.50")
        .contains("฿1,290.50").contains("โปรดเก็บอีเมลนี้ไว้");
    Matcher link = ORDER_LINK.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    assertThat(link.group(1)).contains("n=" + number).contains("t=" + token);
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link.group(1))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("her link opens her order").isEqualTo(200);
    assertThat(page.body()).contains("id=\"order-number\">" + number + "<");
    HttpResponse<String> guessed = http.send(HttpRequest.newBuilder(URI.create(link.group(1).replace("t=" + token, "t=" + token.substring(1) + "A"))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(guessed.statusCode()).as("no other token opens it").isEqualTo(404);

    // payment, confirmed twice: one receipt, with where each line's stored split went
    json(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-" + tag + "\"}", treasurer), 200);
    json(api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-" + tag + "\"}", treasurer), 200);
    String receipt = body(awaitMail(guest, "ได้รับเงินสำหรับคำสั่งซื้อ " + number));
    JsonObject order = json(api.get("api/orders/" + number + "?token=" + token, null), 200);
    for (JsonObject line : order.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      JsonObject split = line.getJsonObject("split");
      assertThat(receipt).contains("ผู้ผลิต " + baht(split.getJsonNumber("maker").longValue()) + " · กลุ่มผู้ผลิต " + baht(split.getJsonNumber("group").longValue())
          + " · กองทุนสวัสดิการ " + baht(split.getJsonNumber("welfare").longValue()) + " · กองทุนสหกรณ์ (หลังหักค่าธรรมเนียม) " + baht(split.getJsonNumber("coop").longValue()));
    }

    // the group ships its parcel
    long parcel = parcelOf(weavers.producerUsername(), number);
    api.post("api/my/fulfilments/" + parcel + "/packing", "", weavers.producerUsername());
    json(api.post("api/my/fulfilments/" + parcel + "/shipment", "{\"carrier\":\"Kerry Express\",\"trackingNumber\":\"KEX" + tag + "99\"}", weavers.producerUsername()), 200);
    String shipped = body(awaitMail(guest, "KEX" + tag + "99"));
    assertThat(shipped).contains("กลุ่มทอผ้าจดหมาย" + tag + " ส่งพัสดุของคำสั่งซื้อ " + number).contains("ขนส่ง: Kerry Express").contains("เลขพัสดุ: KEX" + tag + "99");

    // and the money is given back
    json(api.post("api/treasurer/orders/" + number + "/refund", "{\"reason\":\"สีไม่ตรงกับรูป\"}", treasurer), 200);
    String refund = body(awaitMail(guest, "คืนเงิน"));
    assertThat(refund).contains("เราได้คืนเงิน " + baht(order.getJsonNumber("totalSatang").longValue()) + " สำหรับคำสั่งซื้อ " + number + " แล้ว")
        .contains("เหตุผล: สีไม่ตรงกับรูป");

    Thread.sleep(2_500); // a few sweeps more: nothing is sent twice
    assertThat(mailsTo(guest)).as("placed, paid, shipped, refunded: each once").hasSize(4);
    try (Connection c = Fixtures.connect()) {
      assertThat(rows(c, "SELECT CONCAT(kind, ' ', state, ' ', attempts) FROM mail_outbox WHERE reference = ? ORDER BY id", number))
          .containsExactly("order-placed SENT 1", "order-paid SENT 1", "parcel-shipped SENT 1", "order-refunded SENT 1");
    }
  }

  /**
   * The mail server first hangs (it takes the connection and never answers: a send waits for its
   * 20 s timeout), then refuses, then is back. The checkout answers at once all the same, since
   * the mail is sent on another thread after the commit; the mail waits with its error and arrives
   * once, by the retry sweep.
   */
  @Test
  void aMailServerThatHangsOrIsDownSlowsNoCheckoutAndItsMailArrivesOnceItIsBack() throws Exception {
    String guest = "down-" + tag.toLowerCase(Locale.ROOT) + "@example.org";
    smtp.stop();
    String number;
    List<Socket> held = new CopyOnWriteArrayList<>();
    ServerSocket silent = new ServerSocket();
    try {
      silent.setReuseAddress(true);
      silent.bind(new InetSocketAddress(TestMailServer.HOST, TestMailServer.PORT));
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // and never a word back
          }
        } catch (IOException closed) {
          // the test closed it
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();

      Instant before = Instant.now();
      HttpResponse<String> answer = api.post("api/checkout", checkout(guest, "en", line(weavers.variantIds().get(0), 1)), null);
      Duration took = Duration.between(before, Instant.now());
      number = json(answer, 201).getString("number");
      System.out.println("MailIT: checkout answered in " + took.toMillis() + " ms while the mail server hung");
      assertThat(took).as("the checkout does not wait for the mail server").isLessThan(Duration.ofSeconds(5));
      awaitRow(number, "SENDING", 1);
      for (int i = 0; i < 50 && held.isEmpty(); i++) {
        Thread.sleep(100);
      }
      assertThat(held).as("the sender is talking to the hanging server, on its own thread").isNotEmpty();
    } finally {
      silent.close();
      for (Socket socket : held) {
        socket.close();
      }
    }
    // refused now: tried, failed, queued for another try; nothing lost, the error kept for the admin
    awaitRow(number, "QUEUED", 1);
    try (Connection c = Fixtures.connect()) {
      assertThat(rows(c, "SELECT last_error FROM mail_outbox WHERE reference = ? AND kind = 'order-placed'", number).get(0)).isNotBlank();
    }
    Instant back = Instant.now();
    smtp.start();

    MimeMessage arrived = awaitMail(guest, "your order " + number);
    System.out.println("MailIT: the held mail arrived " + Duration.between(back, Instant.now()).toMillis() + " ms after the mail server came back");
    assertThat(body(arrived)).contains("Thank you for your order " + number).contains("Please transfer ฿");
    awaitRow(number, "SENT", 2);
    Thread.sleep(2_500);
    assertThat(mailsTo(guest)).as("delivered exactly once").hasSize(1);
  }

  @Test
  void anAdminReadsTheOutboxAndAShopperIsKeptOut() throws Exception {
    String guest = "outbox-" + tag.toLowerCase(Locale.ROOT) + "@example.org";
    String number = json(api.post("api/checkout", checkout(guest, "en", line(weavers.variantIds().get(1), 1)), null), 201).getString("number");
    awaitMail(guest, number);
    awaitRow(number, "SENT", 1);
    if (browser == null) {
      browser = Browser.start();
    }
    browser.manage().deleteAllCookies();
    Browser.open(browser, base, "");
    browser.findElement(By.id("lang-en")).click();
    Browser.waitFor(browser, ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    Browser.submitLogin(browser, base, admin, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.textToBe(By.id("signed-in-as"), admin));
    browser.findElement(By.id("nav-outbox")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBe(By.tagName("h1"), "Outbox"));
    By row = By.cssSelector("tr.fs-mail[data-key='order-placed-" + number + "']");
    assertThat(browser.findElement(row).getAttribute("data-state")).isEqualTo("SENT");
    assertThat(browser.findElement(row).getText()).contains(guest).contains("Sent");
    browser.findElement(row).findElement(By.cssSelector("a.fs-mail-link")).click();
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("opened-text")));
    assertThat(browser.findElement(By.id("opened-subject")).getText()).isEqualTo("Fairshare: your order " + number);
    assertThat(browser.findElement(By.id("opened-state")).getAttribute("data-state")).isEqualTo("SENT");
    assertThat(browser.findElement(By.id("opened-text")).getText()).contains("Thank you for your order " + number).contains("/orders/order.xhtml?n=" + number + "&t=");

    // a mail that failed its last try is sent again by the admin, with fresh tries
    String failedTo = "failed-" + tag.toLowerCase(Locale.ROOT) + "@example.org";
    long failed;
    try (Connection c = Fixtures.connect()) {
      failed = Fixtures.insert(c, "INSERT INTO mail_outbox (idempotency_key, kind, reference, recipient, lang, subject, body_text, state, attempts, next_attempt_at, last_error, created_at) "
          + "VALUES (?, 'order-placed', ?, ?, 'en', ?, 'Thank you', 'FAILED', 12, CURRENT_TIMESTAMP(3), 'MailConnectException: Connection refused', CURRENT_TIMESTAMP(3))",
          "test-failed-" + tag, "T-" + tag, failedTo, "Fairshare: failed " + tag);
    }
    Browser.open(browser, base, "admin/outbox.xhtml?id=" + failed);
    assertThat(browser.findElement(By.id("opened-state")).getAttribute("data-state")).isEqualTo("FAILED");
    assertThat(browser.findElement(By.id("opened-error")).getText()).contains("Connection refused");
    browser.findElement(By.id("send-again-form:send-again")).click();
    Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "will be sent again"));
    awaitMail(failedTo, "failed " + tag);
    try (Connection c = Fixtures.connect()) {
      assertThat(rows(c, "SELECT CONCAT(state, ' ', attempts) FROM mail_outbox WHERE id = ?", failed)).containsExactly("SENT 1");
    }

    browser.manage().deleteAllCookies();
    Browser.submitLogin(browser, base, shopper, Fixtures.PASSWORD);
    Browser.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
    Browser.open(browser, base, "admin/outbox.xhtml");
    assertThat(browser.findElements(By.id("error-page"))).isNotEmpty();
    assertThat(browser.getPageSource()).doesNotContain(guest);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Waits up to 60 s for a mail to this address whose subject contains the words. */
  private MimeMessage awaitMail(String to, String subjectPart) throws Exception {
    Instant until = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(until)) {
      for (MimeMessage m : mailsTo(to)) {
        if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail to " + to + " about \"" + subjectPart + "\" within 60 s; the outbox holds " + outboxOf(to));
  }

  private List<MimeMessage> mailsTo(String to) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.received()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
        found.add(m);
      }
    }
    return found;
  }

  private static String body(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }

  /** Waits up to 30 s until the order-placed mail of this order is in this state after at least this many tries. */
  private static void awaitRow(String number, String state, int attempts) throws Exception {
    Instant until = Instant.now().plusSeconds(30);
    String seen = "";
    while (Instant.now().isBefore(until)) {
      try (Connection c = Fixtures.connect()) {
        List<String> row = rows(c, "SELECT CONCAT(state, ' ', attempts) FROM mail_outbox WHERE reference = ? AND kind = 'order-placed'", number);
        seen = row.toString();
        if (!row.isEmpty() && row.get(0).startsWith(state + " ") && Integer.parseInt(row.get(0).substring(state.length() + 1)) >= attempts) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the order-placed mail of " + number + " is " + seen + ", not " + state + " after " + attempts + " tries");
  }

  private static List<String> outboxOf(String to) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return rows(c, "SELECT CONCAT(kind, ' ', state, ' ', attempts, ' ', COALESCE(last_error, '')) FROM mail_outbox WHERE recipient = ?", to);
    }
  }

  private static List<String> rows(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private long parcelOf(String producer, String number) throws Exception {
    JsonArray queue = Json.createReader(new StringReader(api.get("api/my/fulfilments", producer).body())).readArray();
    return queue.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("orderNumber").equals(number)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static String baht(long satang) {
    return String.format(Locale.ROOT, "฿%,d.%02d", satang / 100, satang % 100);
  }

  private static String line(long variantId, int quantity) {
    return "{\"variantId\":" + variantId + ",\"quantity\":" + quantity + "}";
  }

  private static String checkout(String email, String language, String... lines) {
    return "{\"lines\":[" + String.join(",", lines) + "],\"recipient\":\"สมศรี ใจดี\",\"phone\":\"0812345678\",\"addressLine\":\"99 หมู่ 3 ถนนช้างเผือก\","
        + "\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\"" + email + "\",\"language\":\"" + language + "\"}";
  }
}
