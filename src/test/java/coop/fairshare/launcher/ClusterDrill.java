package coop.fairshare.launcher;

import coop.fairshare.ledger.LedgerAudit;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mvn -Pcluster-drill}: starts a cluster of its own ({@link Cluster}, fresh data, its own
 * ports), checks what must hold across instances, then drives checkouts, payments, deposits and
 * claims through HAProxy at a steady rate while it SIGKILLs one instance and then the MariaDB
 * primary (restarting both), and proves from the database afterwards that nothing answered 2xx
 * was lost, no order was paid twice, no stock went below zero and the books are clean. Prints a
 * report (also {@code target/cluster-drill/report.md}); exits 1 if anything did not hold.
 */
public final class ClusterDrill {

  private static final String PASSWORD = "fairshare-demo";
  private static final Pattern PRICE = Pattern.compile("฿\\s?([0-9,]+(?:\\.[0-9]{2})?)");

  private final Cluster cluster;
  private final List<String> failures = new ArrayList<>();
  private final StringBuilder report = new StringBuilder();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
  private final long runStarted = System.nanoTime();

  private ClusterDrill(Cluster cluster) {
    this.cluster = cluster;
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(System.getProperty("drill.dir", "target/cluster-drill")).toAbsolutePath();
    deleteTree(folder);
    int seconds = Integer.getInteger("drill.seconds", 150);
    int perSecond = Integer.getInteger("drill.rate", 12);
    Map<String, String> environment = new HashMap<>();
    environment.put("FAIRSHARE_DEMO", "true");
    environment.put("FAIRSHARE_PROMPTPAY_ID", "0812345678");
    environment.put("FAIRSHARE_TRUSTED_PROXIES", "127.0.0.1");
    // lapsed reservations are looked for every 2 s on every instance: each must be released once
    environment.put("FAIRSHARE_EXPIRY_SECONDS", "2");
    environment.put("FAIRSHARE_HEAP", "448m");
    long started = System.nanoTime();
    int exit;
    try {
      exit = drill(folder, seconds, perSecond, environment, started);
    } catch (Exception | Error e) {
      e.printStackTrace();
      exit = 2; // the drill itself broke: no verdict
    }
    // the load's threads must not keep the JVM alive
    System.exit(exit);
  }

  private static int drill(Path folder, int seconds, int perSecond, Map<String, String> environment, long started) throws Exception {
    int exit;
    try (Cluster cluster = Cluster.start(folder, new Cluster.Ports(8280, 8281, 33317, 33318, 5920), 2,
        Path.of(System.getProperty("fairshare.war", "target/fairshare.war")), Path.of(System.getProperty("fairshare.payaraMicroJar", "target/payara-micro.jar")), environment)) {
      ClusterDrill drill = new ClusterDrill(cluster);
      drill.line("# Cluster drill, " + LocalDate.now() + "\n\nCluster ready after " + seconds(started) + " s: HAProxy, 2 Payara Micro instances, MariaDB primary and replica.\n");
      drill.acrossInstances();
      drill.underKills(seconds, perSecond);
      exit = drill.failures.isEmpty() ? 0 : 1;
      drill.line(drill.failures.isEmpty() ? "\n**Everything held.**" : "\n**Did not hold:**\n- " + String.join("\n- ", drill.failures));
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("report.md"), drill.report);
    }
    return exit;
  }

  // ---------------------------------------------------------------------------------------------
  // What must hold across instances

  private void acrossInstances() throws Exception {
    line("## Across instances\n");
    guestCartSurvivesItsInstance();
    signInSlowingCountsAcrossInstances();
    priceChangeReachesEveryInstanceInTime();
  }

  /** A guest's cart lives in her session, which the data grid keeps: her instance dies, her cart stays. */
  private void guestCartSurvivesItsInstance() throws Exception {
    HttpClient guest = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(3)).build();
    JsonObject product = json(get(http, cluster.base() + "/api/products?page=0&size=1", null).body()).getJsonArray("items").getJsonObject(0);
    long productId = product.getJsonNumber("id").longValue();
    long variantId = firstVariant(productId);
    HttpResponse<String> added = guest.send(HttpRequest.newBuilder(URI.create(cluster.base() + "/cart/add"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", cluster.base())
        .POST(HttpRequest.BodyPublishers.ofString("product=" + productId + "&variant=" + variantId + "&quantity=2")).build(), HttpResponse.BodyHandlers.ofString());
    String node = cookie(guest, "FAIRSHARE_NODE");
    String before = get(guest, cluster.base() + "/cart/", null).body();
    Cluster.Instance hers = cluster.instances().stream().filter(i -> i.name().equals(node)).findFirst().orElseThrow(() -> new IllegalStateException("no instance cookie after adding to the cart (" + added.statusCode() + ")"));
    boolean inCartBefore = before.contains("name=\"quantity\"") || before.contains("value=\"2\"");
    long killedAt = System.nanoTime();
    cluster.killInstance(hers);
    HttpResponse<String> after = get(guest, cluster.base() + "/cart/", null);
    String nowOn = cookie(guest, "FAIRSHARE_NODE");
    boolean kept = after.statusCode() == 200 && sameCartLines(before, after.body());
    line("- A guest's cart (product " + productId + ", 2 pieces) on " + node + "; " + node + " killed with SIGKILL; the next view of her cart came from "
        + nowOn + " after " + millis(killedAt) + " ms with status " + after.statusCode() + ": " + (kept && inCartBefore ? "the same cart" : "NOT the same cart"));
    check(inCartBefore && kept, "a guest's cart survives her instance being killed");
    cluster.startInstance(hers);
  }

  /** Failures are counted in the database: five wrong passwords spread over both instances slow the sixth try on either. */
  private void signInSlowingCountsAcrossInstances() throws Exception {
    List<String> servedBy = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // a new connection each time, no cookie: HAProxy deals the tries round robin
      HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
      HttpResponse<String> wrong = get(fresh, cluster.base() + "/api/my/orders", basic("shopper", "not-her-password-" + i));
      servedBy.add(String.valueOf(wrong.statusCode()));
    }
    int first = get(http, cluster.instances().get(0).base() + "/api/my/orders", basic("shopper", PASSWORD)).statusCode();
    int second = get(http, cluster.instances().get(1).base() + "/api/my/orders", basic("shopper", PASSWORD)).statusCode();
    line("- Five wrong passwords for `shopper` through HAProxy (answers " + servedBy + "); then the right one straight to app1: " + first + ", to app2: " + second
        + " (slowed on both: the count is shared)");
    check(first == 401 && second == 401, "sign-in slowing counts failures across instances");
  }

  /** Each instance keeps its own anonymous pages for 5 s; a new price must show on both within twice that. */
  private void priceChangeReachesEveryInstanceInTime() throws Exception {
    JsonArray mine = json(get(http, cluster.base() + "/api/my/products", basic("producer", PASSWORD)).body()).getJsonArray("items");
    JsonObject product = mine.getJsonObject(0);
    long id = product.getJsonNumber("id").longValue();
    String page = "/catalog/product.xhtml?id=" + id;
    for (Cluster.Instance instance : cluster.instances()) {
      get(http, instance.base() + page, null); // both instances hold the old price now
    }
    long newPrice = product.getJsonNumber("priceSatang").longValue() + 1234;
    // the page's offer data names the price as a plain number
    String shown = String.format("\"lowPrice\":%d.%02d", newPrice / 100, newPrice % 100);
    long changed = System.nanoTime();
    int status = send(http, "PUT", cluster.base() + "/api/my/products/" + id + "/price", "{\"priceSatang\":" + newPrice + "}", basic("producer", PASSWORD)).statusCode();
    long worst = 0;
    for (Cluster.Instance instance : cluster.instances()) {
      long seen = -1;
      while (seconds(changed) < 30) {
        if (get(http, instance.base() + page, null).body().contains(shown)) {
          seen = millis(changed);
          break;
        }
        Thread.sleep(100);
      }
      worst = Math.max(worst, seen < 0 ? Long.MAX_VALUE : seen);
      line("- Price of product " + id + " changed to " + newPrice + " satang (answer " + status + "); " + instance.name() + " showed it to anonymous visitors after " + (seen < 0 ? "more than 30 s" : seen + " ms"));
    }
    check(status == 200 && worst <= 10_000, "a changed price reaches every instance's cached page within 2 × 5 s");
  }

  // ---------------------------------------------------------------------------------------------
  // Load with kills

  private record Outcome(String kind, String key, int status, long atMillis) {}

  private void underKills(int seconds, int perSecond) throws Exception {
    line("\n## Under load, one instance and then the primary killed\n");
    Setup setup = setUp();
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> unpaid = new ConcurrentLinkedQueue<>();
    AtomicLong counter = new AtomicLong();
    long start = System.nanoTime();
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
    java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(32);
    clock.scheduleAtFixedRate(() -> {
      long n = counter.incrementAndGet();
      workers.submit(() -> {
        Outcome outcome = oneRequest(n, setup, unpaid, start);
        if (outcome != null) {
          outcomes.add(outcome);
        }
      });
    }, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);

    Thread.sleep(seconds * 1000L / 6 - 1000);
    // an interest run starts just before the kill: whichever instance works it, each account gets its interest once
    String[] interest = startInterestRun();
    Cluster.Instance victim = cluster.instances().get(0);
    long instanceKilled = millisSince(start);
    cluster.killInstance(victim);
    line("- " + instanceKilled / 1000.0 + " s: " + victim.name() + " killed (SIGKILL)");
    Thread.sleep(seconds * 1000L / 6);
    long restarting = millisSince(start);
    // the instance comes back in the background, as an orchestrator would bring it back: the load goes on
    java.util.concurrent.CompletableFuture<Long> backAt = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        cluster.startInstance(victim);
        return millisSince(start);
      } catch (IOException | InterruptedException | RuntimeException e) {
        return -1L;
      }
    });
    line("- " + restarting / 1000.0 + " s: " + victim.name() + " started again");
    Thread.sleep(seconds * 1000L / 6);
    long primaryKilled = millisSince(start);
    cluster.killPrimary();
    line("- " + primaryKilled / 1000.0 + " s: the MariaDB primary killed (SIGKILL)");
    Thread.sleep(2000);
    cluster.restartPrimary();
    long primaryBack = millisSince(start);
    line("- " + primaryBack / 1000.0 + " s: the primary started again (crash recovery done)");
    long end = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      Thread.sleep(200);
    }
    clock.shutdown();
    workers.shutdown();
    workers.awaitTermination(2, TimeUnit.MINUTES);
    long ended = millisSince(start);
    long ready = backAt.get(10, TimeUnit.MINUTES);
    line("- " + (ready < 0 ? victim.name() + " did not become ready again" : victim.name() + " was ready again at " + ready / 1000.0 + " s, " + (ready - restarting) / 1000 + " s after its start"));
    check(ready > 0, "a killed instance comes back and joins the cluster");

    List<Outcome> all = new ArrayList<>(outcomes);
    long ok = all.stream().filter(o -> o.status / 100 == 2).count();
    long refused = all.stream().filter(o -> o.status == 409 || o.status == 400).count();
    long failed = all.size() - ok - refused;
    line("\n| | requests | 2xx | 409/400 (a rule said no) | errors (5xx, no answer) |\n|---|---|---|---|---|");
    line("| whole run, " + ended / 1000 + " s at " + perSecond + "/s | " + all.size() + " | " + ok + " | " + refused + " | " + failed + " |");
    window(all, "around the instance kill (" + instanceKilled / 1000 + "–" + (instanceKilled / 1000 + 15) + " s)", instanceKilled, instanceKilled + 15_000);
    window(all, "around the primary kill (" + primaryKilled / 1000 + "–" + (primaryKilled / 1000 + 30) + " s)", primaryKilled, primaryKilled + 30_000);
    for (String kind : List.of("checkout", "payment", "deposit", "claim")) {
      List<Outcome> of = all.stream().filter(o -> o.kind.equals(kind)).toList();
      line("| " + kind + " | " + of.size() + " | " + of.stream().filter(o -> o.status / 100 == 2).count() + " | " + of.stream().filter(o -> o.status == 409 || o.status == 400).count()
          + " | " + of.stream().filter(o -> o.status / 100 != 2 && o.status != 409 && o.status != 400).count() + " |");
    }
    line("\nRecovery (from the kill to the first of 10 answers in a row without an error): instance " + recovery(all, instanceKilled) + " ms, primary " + recovery(all, primaryKilled) + " ms.");
    check(recovery(all, instanceKilled) >= 0 && recovery(all, primaryKilled) >= 0, "the shop recovers from both kills");

    // lapsed reservations: wait until every instance's timer had its chance
    Thread.sleep(5000);
    proveFromTheDatabase(all, setup, interest);
  }

  /** Starts last period's interest run of the first savings product that has none yet: its id and period, or empty. */
  private String[] startInterestRun() throws IOException, InterruptedException {
    String treasurer = basic("treasurer", PASSWORD);
    for (JsonValue value : json(get(http, cluster.base() + "/api/savings/products", treasurer).body()).getJsonArray("items")) {
      JsonObject product = value.asJsonObject();
      if (product.getInt("annualRateBasisPoints", 0) == 0) {
        continue; // a product without interest posts nothing: no proof
      }
      String period = "MONTHLY".equals(product.getString("interestPosting", "")) ? YearMonth.now().minusMonths(1).toString() : String.valueOf(LocalDate.now().getYear() - 1);
      HttpResponse<String> started = send(http, "POST", cluster.base() + "/api/savings/interest-runs", "{\"productId\":" + product.getJsonNumber("id").longValue() + ",\"period\":\"" + period + "\"}", treasurer);
      if (started.statusCode() == 202) {
        line("- an interest run for savings product " + product.getJsonNumber("id") + ", period " + period + ", started");
        return new String[] {String.valueOf(json(started.body()).getJsonNumber("id").longValue()), period};
      }
    }
    line("- no interest run could be started (every product's last period was run)");
    return new String[0];
  }

  private void window(List<Outcome> all, String label, long from, long to) {
    List<Outcome> in = all.stream().filter(o -> o.atMillis >= from && o.atMillis < to).toList();
    long ok = in.stream().filter(o -> o.status / 100 == 2).count();
    long refused = in.stream().filter(o -> o.status == 409 || o.status == 400).count();
    line("| " + label + " | " + in.size() + " | " + ok + " | " + refused + " | " + (in.size() - ok - refused) + " |");
  }

  /** Milliseconds from the kill until an answer that begins 10 in a row without an error (-1: never). */
  private static long recovery(List<Outcome> all, long killedAt) {
    List<Outcome> after = all.stream().filter(o -> o.atMillis >= killedAt).sorted((a, b) -> Long.compare(a.atMillis, b.atMillis)).toList();
    int run = 0;
    for (int i = 0; i < after.size(); i++) {
      Outcome o = after.get(i);
      boolean fine = o.status / 100 == 2 || o.status == 409 || o.status == 400;
      run = fine ? run + 1 : 0;
      if (run == 10) {
        Outcome first = after.get(i - 9);
        // no error at all after the kill: the first answer is the recovery
        return Math.max(0, first.atMillis - killedAt);
      }
    }
    return -1;
  }

  private record Setup(List<Long> variants, List<String> accounts, List<String> claimants) {}

  private Setup setUp() throws Exception {
    String treasurer = basic("treasurer", PASSWORD);
    // unpaid orders lapse after a minute in this drill, so every instance's timer gets work
    try (Connection c = primary()) {
      c.createStatement().executeUpdate("INSERT INTO coop_setting (name, value, updated_by) VALUES ('order.reservationMinutes', '1', 'drill') ON DUPLICATE KEY UPDATE value = '1'");
    }
    List<Long> variants = new ArrayList<>();
    JsonArray products = json(get(http, cluster.base() + "/api/products?page=0&size=20", null).body()).getJsonArray("items");
    for (JsonValue p : products) {
      variants.add(firstVariant(((JsonObject) p).getJsonNumber("id").longValue()));
    }
    JsonArray members = json(get(http, cluster.base() + "/api/members?page=0&size=40&status=ACTIVE", treasurer).body()).getJsonArray("members");
    long productId = json(get(http, cluster.base() + "/api/savings/products", treasurer).body()).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject).filter(p -> "VOLUNTARY".equals(p.getString("kind")) && !p.getBoolean("fromSales", false)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    List<String> accounts = new ArrayList<>();
    List<String> claimants = new ArrayList<>();
    List<String> months = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.now()); m = m.plusMonths(1)) {
      months.add("\"" + m + "\"");
    }
    int n = 0;
    for (JsonValue value : members) {
      String number = value.asJsonObject().getString("number");
      // opened last year with a deposit, so that last year's interest run has something to pay
      HttpResponse<String> opened = send(http, "POST", cluster.base() + "/api/savings/accounts", "{\"memberNumber\":\"" + number + "\",\"productId\":" + productId
          + ",\"openedOn\":\"" + LocalDate.now().minusYears(1).withDayOfYear(2) + "\"}", treasurer);
      if (opened.statusCode() == 201) {
        String account = json(opened.body()).getString("number");
        accounts.add(account);
        send(http, "POST", cluster.base() + "/api/savings/accounts/" + account + "/deposits", "{\"amount\":\"1000.00\",\"valueDate\":\"" + LocalDate.now().minusYears(1).withDayOfYear(5)
            + "\",\"receiptNo\":\"DRILL-OPEN-" + n + "\",\"method\":\"CASH\"}", treasurer);
      }
      send(http, "POST", cluster.base() + "/api/welfare/members", "{\"memberNumber\":\"" + number + "\",\"joinedOn\":\"2024-01-01\"}", treasurer);
      send(http, "POST", cluster.base() + "/api/welfare/contributions", "{\"memberNumber\":\"" + number + "\",\"months\":" + months + ",\"receiptNo\":\"DRILL-W-" + (++n) + "\",\"method\":\"CASH\"}", treasurer);
      HttpResponse<String> assessed = send(http, "POST", cluster.base() + "/api/welfare/claims/assessment", "{\"memberNumber\":\"" + number + "\",\"benefit\":\"CHILDBIRTH\",\"eventDate\":\"" + LocalDate.now().minusDays(3) + "\",\"children\":1}", treasurer);
      if (assessed.statusCode() == 200 && json(assessed.body()).getBoolean("eligible")) {
        claimants.add(number);
      }
    }
    line("Set up through the API: " + variants.size() + " products to buy, " + accounts.size() + " savings accounts opened, " + claimants.size() + " members who may claim.\n");
    if (accounts.isEmpty() || claimants.isEmpty() || variants.isEmpty()) {
      throw new IllegalStateException("the drill could not set itself up: " + variants.size() + " products, " + accounts.size() + " accounts, " + claimants.size() + " claimants");
    }
    return new Setup(variants, accounts, claimants);
  }

  /** One request of the mix: two checkouts (one stays unpaid and lapses), a payment, a deposit, a claim. */
  private Outcome oneRequest(long n, Setup setup, ConcurrentLinkedQueue<String> unpaid, long start) {
    String treasurer = basic("treasurer", PASSWORD);
    long at = millisSince(start);
    try {
      switch ((int) (n % 5)) {
        case 0, 1 -> {
          long variant = setup.variants().get((int) (n % setup.variants().size()));
          HttpResponse<String> r = send(http, "POST", cluster.base() + "/api/checkout", "{\"lines\":[{\"variantId\":" + variant + ",\"quantity\":1}],\"recipient\":\"ลูกค้า ทดสอบ\",\"phone\":\"0812345678\","
              + "\"addressLine\":\"1 ถนนนิมมานเหมินท์\",\"subdistrict\":\"สุเทพ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\"drill" + n + "@example.org\"}", null);
          String number = r.statusCode() / 100 == 2 ? json(r.body()).getString("number") : "";
          if (!number.isEmpty() && n % 5 == 0) {
            unpaid.add(number); // paid by a later request; the odd ones stay unpaid and lapse
          }
          return new Outcome("checkout", number, r.statusCode(), at);
        }
        case 2 -> {
          String number = unpaid.poll();
          if (number == null) {
            return null; // no unpaid order waiting yet: nothing is sent, nothing counted
          }
          HttpResponse<String> r = send(http, "POST", cluster.base() + "/api/treasurer/orders/" + number + "/payment", "{\"reference\":\"DRILL-" + number + "\"}", treasurer);
          if (r.statusCode() / 100 != 2 && r.statusCode() != 409) {
            unpaid.add(number); // no answer or an error: try again later; it must still be paid only once
          }
          return new Outcome("payment", number, r.statusCode(), at);
        }
        case 3 -> {
          String account = setup.accounts().get((int) (n % setup.accounts().size()));
          String receipt = "DRILL-D-" + n;
          HttpResponse<String> r = send(http, "POST", cluster.base() + "/api/savings/accounts/" + account + "/deposits", "{\"amount\":\"100.00\",\"receiptNo\":\"" + receipt + "\",\"method\":\"CASH\"}", treasurer);
          return new Outcome("deposit", receipt, r.statusCode(), at);
        }
        default -> {
          String member = setup.claimants().get((int) (n % setup.claimants().size()));
          HttpResponse<String> r = send(http, "POST", cluster.base() + "/api/welfare/claims", "{\"memberNumber\":\"" + member + "\",\"benefit\":\"CHILDBIRTH\",\"eventDate\":\"" + LocalDate.now().minusDays(1 + n % 200) + "\",\"children\":1}", treasurer);
          return new Outcome("claim", r.statusCode() == 201 ? String.valueOf(json(r.body()).getJsonNumber("id").longValue()) : "", r.statusCode(), at);
        }
      }
    } catch (IOException | RuntimeException e) {
      return new Outcome(kindOf(n), "", 0, at); // no answer at all
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(kindOf(n), "", 0, at);
    }
  }

  private static String kindOf(long n) {
    return switch ((int) (n % 5)) {
      case 0, 1 -> "checkout";
      case 2 -> "payment";
      case 3 -> "deposit";
      default -> "claim";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // What the database says afterwards

  private void proveFromTheDatabase(List<Outcome> all, Setup setup, String[] interest) throws Exception {
    line("\n## From the database afterwards\n");
    try (Connection c = primary()) {
      long lost = 0;
      for (Outcome o : all) {
        if (o.status / 100 != 2 || o.key.isEmpty()) {
          continue;
        }
        String sql = switch (o.kind) {
          case "checkout" -> "SELECT COUNT(*) FROM shop_order WHERE order_number = ?";
          case "payment" -> "SELECT COUNT(*) FROM shop_order o JOIN order_event e ON e.order_id = o.id WHERE o.order_number = ? AND e.to_state = 'PAID'";
          case "deposit" -> "SELECT COUNT(*) FROM savings_transaction WHERE receipt_no = ?";
          default -> "SELECT COUNT(*) FROM welfare_claim WHERE id = ?";
        };
        if (count(c, sql, o.key) != 1) {
          lost++;
          line("  - lost or doubled: " + o.kind + " " + o.key);
        }
      }
      long answered = all.stream().filter(o -> o.status / 100 == 2 && !o.key.isEmpty()).count();
      line("- Every request answered 2xx is in the database exactly once: " + (answered - lost) + " of " + answered);
      check(lost == 0, "every request answered 2xx is in the database");

      long paidTwice = single(c, "SELECT COUNT(*) FROM (SELECT order_id FROM order_event WHERE to_state = 'PAID' GROUP BY order_id HAVING COUNT(*) > 1) t");
      long soldTwice = single(c, "SELECT COUNT(*) FROM (SELECT reference, product_id FROM stock_movement WHERE kind = 'SOLD' GROUP BY reference, product_id HAVING SUM(quantity) < -1) t");
      line("- Orders paid twice: " + paidTwice + "; orders whose stock was sold twice: " + soldTwice);
      check(paidTwice == 0 && soldTwice == 0, "no order paid twice");

      long belowZero = single(c, "SELECT COUNT(*) FROM product_variant WHERE stock < 0 OR reserved < 0 OR reserved > stock");
      line("- Variants with stock below zero (or more held than there is): " + belowZero);
      check(belowZero == 0, "no stock below zero");

      long lapsed = single(c, "SELECT COUNT(*) FROM shop_order WHERE order_number LIKE '%' AND state = 'CANCELLED' AND placed_at > NOW(3) - INTERVAL 1 HOUR");
      long releasedTwice = single(c, "SELECT COUNT(*) FROM (SELECT reference, product_id FROM stock_movement WHERE kind = 'RELEASED' GROUP BY reference, product_id HAVING COUNT(*) > 1) t");
      long cancelledTwice = single(c, "SELECT COUNT(*) FROM (SELECT order_id FROM order_event WHERE to_state = 'CANCELLED' GROUP BY order_id HAVING COUNT(*) > 1) t");
      line("- Unpaid orders whose reservation lapsed and were released by the instances' timers: " + lapsed + "; released or cancelled more than once: " + (releasedTwice + cancelledTwice));
      check(lapsed > 0 && releasedTwice == 0 && cancelledTwice == 0, "each lapsed reservation is released once cluster-wide");

      if (interest.length == 2) {
        String state = "";
        long waited = System.nanoTime();
        while (seconds(waited) < 180) {
          JsonObject run = json(get(http, cluster.base() + "/api/savings/interest-runs/" + interest[0], basic("treasurer", PASSWORD)).body());
          state = run.getString("state", "") + " " + run.getJsonNumber("done") + "/" + run.getJsonNumber("accounts") + " accounts";
          if (!run.getString("state", "").equals("RUNNING")) {
            break;
          }
          Thread.sleep(1000);
        }
        long twice = count(c, "SELECT COUNT(*) FROM (SELECT account_id FROM savings_transaction WHERE kind = 'INTEREST' AND interest_period = ? GROUP BY account_id HAVING COUNT(*) > 1) t", interest[1]);
        long paid = count(c, "SELECT COUNT(*) FROM savings_transaction WHERE kind = 'INTEREST' AND interest_period = ?", interest[1]);
        line("- The interest run for " + interest[1] + ": " + state + "; interest lines " + paid + ", accounts with more than one: " + twice);
        check(state.startsWith("DONE") && paid > 0 && twice == 0, "the interest run posts each account's interest once, whichever instance works it");
      }

      LedgerAudit.Findings findings = LedgerAudit.run(c);
      line("- LedgerAudit: " + (findings.clean() ? "clean" : "NOT clean " + findings) + " (Σ debits " + findings.totalDebits() + " = Σ credits " + findings.totalCredits() + " satang)");
      check(findings.clean(), "LedgerAudit clean");

      replicaCaughtUp(c);
    }
  }

  /** The replica holds the same books once it caught up after the primary's crash. */
  private void replicaCaughtUp(Connection primary) throws Exception {
    String totals = "SELECT COUNT(*), COALESCE(SUM(amount_satang), 0) FROM journal_line";
    String onPrimary = row(primary, totals);
    String onReplica = "";
    long waited = System.nanoTime();
    while (seconds(waited) < 60) {
      try (Connection r = DriverManager.getConnection(cluster.replicaUrl() + "?user=" + EmbeddedMariaDb.USER + "&password=" + EmbeddedMariaDb.PASSWORD)) {
        onReplica = row(r, totals);
      }
      if (onReplica.equals(onPrimary)) {
        break;
      }
      Thread.sleep(500);
    }
    line("- Journal lines (count, Σ satang) on the primary " + onPrimary + ", on the replica " + onReplica + "; replica: " + cluster.replicaStatus());
    check(onReplica.equals(onPrimary), "the replica caught up with the primary");
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  private Connection primary() throws SQLException {
    return DriverManager.getConnection(cluster.primaryUrl() + "?user=" + EmbeddedMariaDb.USER + "&password=" + EmbeddedMariaDb.PASSWORD);
  }

  private static long count(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String row(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1) + ", " + r.getLong(2);
    }
  }

  private long firstVariant(long productId) throws Exception {
    JsonObject product = json(get(http, cluster.base() + "/api/products/" + productId, null).body());
    return product.getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static boolean sameCartLines(String before, String after) {
    return cartLines(before).equals(cartLines(after)) && !cartLines(before).isEmpty();
  }

  /** The cart page's lines as the shopper reads them: each price and quantity field, in order. */
  private static List<String> cartLines(String page) {
    List<String> lines = new ArrayList<>();
    Matcher m = PRICE.matcher(page);
    while (m.find()) {
      lines.add(m.group(1));
    }
    return lines;
  }

  private static String cookie(HttpClient client, String name) {
    return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpResponse<String> get(HttpClient client, String url, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Accept-Language", "en");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(HttpClient client, String method, String url, String body, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").header("Accept-Language", "en")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readValue() instanceof JsonObject o ? o : Json.createObjectBuilder().add("items", Json.createReader(new StringReader(body)).readArray()).build();
  }

  private void check(boolean held, String what) {
    line(held ? "  - holds: " + what : "  - **DOES NOT HOLD: " + what + "**");
    if (!held) {
      failures.add(what);
    }
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static long millisSince(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static long seconds(long since) {
    return (System.nanoTime() - since) / 1_000_000_000;
  }

  private static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }


}
