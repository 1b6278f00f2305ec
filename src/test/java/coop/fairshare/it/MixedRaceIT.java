package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everything that locks orders, variants, products and ledger rows, at once, over HTTP: shoppers
 * and guests check out multi-group carts with their lines in random order, shoppers cancel,
 * treasurers confirm transfers and refund, producers count the same shelves and change the same
 * products' prices, and the lapsed-reservation timer (every 2 s in the tests) releases orders a
 * clock thread lets lapse under the treasurers' hands. Afterwards: not one 5xx, not one deadlock in
 * MariaDB, every paid order posted once, every shelf at or above zero and equal to its movement
 * log and its open orders, and the ledger whole.
 */
@ExtendWith(SharedApp.class)
class MixedRaceIT {

  /** The race lasts this long, and longer (up to LONGEST) until enough transfers were confirmed. */
  private static final Duration RACE = Duration.ofSeconds(25);
  private static final Duration LONGEST = Duration.ofSeconds(120);
  private static final int ENOUGH_PAYMENTS = 12;
  private static final int INITIAL_STOCK = 400;

  private final URL deployed = SharedApp.address();

  private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
  private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();

  @Test
  void checkoutsPaymentsCancellationsRefundsCountsEditsAndTheTimerAtOnceNeverDeadlock() throws Exception {
    URI base = Deployments.onLoopback(deployed);
    Api api = new Api(base);
    String tag = Fixtures.tag();
    List<Group> groups = new ArrayList<>();
    List<String> shoppers = new ArrayList<>();
    List<String> treasurers = new ArrayList<>();
    List<Long> variants = new ArrayList<>();
    Map<Long, List<Long>> shelvesOf = new ConcurrentHashMap<>();
    try (Connection c = Fixtures.connect()) {
      for (int g = 1; g <= 3; g++) {
        Group group = Fixtures.group(c, tag, g, "กลุ่มแข่ง" + tag + g, "Race group " + tag + g,
            Fixtures.product("HANDICRAFT", "ผ้าทอ" + tag + g, "Cloth " + tag + g, 35000, INITIAL_STOCK),
            Fixtures.product("HANDICRAFT", "ตะกร้า" + tag + g, "Basket " + tag + g, 25000, INITIAL_STOCK),
            Fixtures.product("HANDICRAFT", "เสื้อ" + tag + g, "Shirt " + tag + g, 55000, INITIAL_STOCK));
        groups.add(group);
        // two makers per group, so sales post to several single-row maker accounts at once
        for (int m = 0; m < 2; m++) {
          long maker = Fixtures.insert(c, "INSERT INTO member (member_number, full_name_th, full_name_en, group_id, occupation, gender, joined_on) VALUES (?,?,?,?,?,?,?)",
              "R-" + (100000 + ThreadLocalRandom.current().nextInt(899999)), "นางช่าง " + tag + g + m, "Ms Maker " + tag + g + m, group.id(), "ทอผ้า", "FEMALE", java.sql.Date.valueOf("2012-01-01"));
          Fixtures.update(c, "UPDATE product SET maker_member_id = ? WHERE id = ?", maker, group.productIds().get(m));
        }
        shelvesOf.put(group.productIds().get(0), List.of(group.variantIds().get(0)));
        shelvesOf.put(group.productIds().get(1), List.of(group.variantIds().get(1)));
        // the shirt comes in sizes, each its own shelf
        shelvesOf.put(group.productIds().get(2), Fixtures.variants(c, group.productIds().get(2), "M", "กลาง", INITIAL_STOCK, "L", "ใหญ่", INITIAL_STOCK));
        group.productIds().forEach(p -> variants.addAll(shelvesOf.get(p)));
      }
      for (int s = 0; s < 4; s++) {
        shoppers.add(Fixtures.shopper(c, tag + "s" + s));
      }
      treasurers.add(Fixtures.treasurer(c, tag + "t1"));
      treasurers.add(Fixtures.treasurer(c, tag + "t2"));
    }
    long deadlocksBefore = deadlocks();

    java.util.concurrent.ConcurrentLinkedDeque<String> placed = new java.util.concurrent.ConcurrentLinkedDeque<>();
    Queue<String> paid = new ConcurrentLinkedQueue<>();
    Map<String, String> ownerOf = new ConcurrentHashMap<>();
    Instant shortest = Instant.now().plus(RACE);
    Instant longest = Instant.now().plus(LONGEST);
    java.util.function.BooleanSupplier racing = () -> Instant.now().isBefore(shortest) || (count("payment", 200) < ENOUGH_PAYMENTS && Instant.now().isBefore(longest));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(14);
    List<Future<?>> workers = new ArrayList<>();
    // 8 buyers: 4 signed-in shoppers (who also cancel some of their orders) and 4 guests
    for (int b = 0; b < 8; b++) {
      String shopper = b < 4 ? shoppers.get(b) : null;
      workers.add(pool.submit(() -> {
        start.await();
        while (racing.getAsBoolean()) {
          List<Long> cart = new ArrayList<>(variants);
          Collections.shuffle(cart);
          String lines = cart.subList(0, 2 + ThreadLocalRandom.current().nextInt(4)).stream()
              .map(v -> "{\"variantId\":" + v + ",\"quantity\":" + (1 + ThreadLocalRandom.current().nextInt(3)) + "}").collect(Collectors.joining(","));
          HttpResponse<String> order = record("checkout", api.post("api/checkout", checkout(tag, lines), shopper));
          if (order.statusCode() == 201 || order.statusCode() == 200) {
            String number = Api.json(order, order.statusCode()).getString("number");
            placed.add(number);
            if (shopper != null) {
              ownerOf.put(number, shopper);
              if (ThreadLocalRandom.current().nextInt(4) == 0) {
                record("cancel", api.post("api/my/orders/" + number + "/cancel", "", shopper));
              }
            }
          }
        }
        return null;
      }));
    }
    // 2 treasurers: confirm the transfers of placed orders, refund some paid ones
    for (String treasurer : treasurers) {
      workers.add(pool.submit(() -> {
        start.await();
        while (racing.getAsBoolean()) {
          // the newest first, so the clock's lapses and the treasurers' confirmations both get their share
          String number = placed.pollLast();
          if (number == null) {
            Thread.sleep(5);
            continue;
          }
          HttpResponse<String> payment = record("payment", api.post("api/treasurer/orders/" + number + "/payment", "{\"reference\":\"KTB-" + number + "\"}", treasurer));
          if (payment.statusCode() == 200) {
            paid.add(number);
            if (ThreadLocalRandom.current().nextInt(5) == 0) {
              String refunded = paid.poll();
              if (refunded != null) {
                record("refund", api.post("api/treasurer/orders/" + refunded + "/refund", "{\"reason\":\"race\"}", treasurer));
              }
            }
          }
        }
        return null;
      }));
    }
    // 3 producers: count their shelves (to what is there, or below what is held: refused) and reprice
    for (Group group : groups) {
      workers.add(pool.submit(() -> {
        start.await();
        while (racing.getAsBoolean()) {
          int p = ThreadLocalRandom.current().nextInt(group.productIds().size());
          long product = group.productIds().get(p);
          if (ThreadLocalRandom.current().nextBoolean()) {
            record("price", api.put("api/my/products/" + product + "/price", "{\"priceSatang\":" + (20000 + ThreadLocalRandom.current().nextInt(40000)) + "}", group.producerUsername()));
          } else {
            List<Long> shelves = shelvesOf.get(product);
            long variant = shelves.get(ThreadLocalRandom.current().nextInt(shelves.size()));
            record("count", api.put("api/my/products/" + product + "/stock", "{\"variantId\":" + variant + ",\"stock\":" + (INITIAL_STOCK + ThreadLocalRandom.current().nextInt(50)) + "}",
                group.producerUsername()));
          }
        }
        return null;
      }));
    }
    // the clock: lets a few unpaid orders lapse now and then, so the timer releases them while treasurers confirm
    workers.add(pool.submit(() -> {
      start.await();
      try (Connection c = Fixtures.connect(); Statement lapse = c.createStatement()) {
        c.setAutoCommit(true);
        while (racing.getAsBoolean()) {
          // a plain read, then one row at a time: the clock itself must not lock orders in a random order
          List<Long> unpaid = new ArrayList<>();
          try (ResultSet rows = lapse.executeQuery("SELECT id FROM shop_order WHERE state = 'AWAITING_PAYMENT' AND recipient = 'แข่ง " + tag + "' ORDER BY RAND() LIMIT 1")) {
            while (rows.next()) {
              unpaid.add(rows.getLong(1));
            }
          }
          for (long id : unpaid) {
            lapse.executeUpdate("UPDATE shop_order SET reserved_until = TIMESTAMPADD(SECOND, -1, CURRENT_TIMESTAMP(3)) WHERE id = " + id + " AND state = 'AWAITING_PAYMENT'");
          }
          Thread.sleep(500);
        }
      }
      return null;
    }));
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get(LONGEST.toSeconds() + 120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    // let the timer release what lapsed last
    Thread.sleep(4000);

    System.out.println("[mixed race] outcomes " + new java.util.TreeMap<>(outcomes));
    assertThat(serverErrors).as("no request may end in a 5xx").isEmpty();
    assertThat(count("checkout", 201) + count("checkout", 200)).as("orders were placed").isGreaterThan(10);
    assertThat(count("payment", 200)).as("transfers were confirmed").isGreaterThanOrEqualTo(ENOUGH_PAYMENTS);
    assertThat(count("price", 200) + count("count", 200)).as("producers got through").isGreaterThan(3);
    assertThat(deadlocks() - deadlocksBefore).as(() -> "MariaDB had to break no deadlock; the last one:\n" + latestDeadlock()).isZero();

    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM order_event e JOIN shop_order o ON o.id = e.order_id WHERE o.recipient = ? AND e.note = 'reservation lapsed'",
          "แข่ง " + tag)).as("the timer released lapsed orders during the race").isPositive();
      for (long variant : variants) {
        long stock = Fixtures.number(c, "SELECT stock FROM product_variant WHERE id = ?", variant);
        long reserved = Fixtures.number(c, "SELECT reserved FROM product_variant WHERE id = ?", variant);
        assertThat(stock).as("shelf of %d", variant).isGreaterThanOrEqualTo(reserved).isGreaterThanOrEqualTo(0);
        assertThat(reserved).isGreaterThanOrEqualTo(0);
        assertThat(INITIAL_STOCK + Fixtures.number(c, "SELECT COALESCE(SUM(quantity), 0) FROM stock_movement WHERE variant_id = ?", variant)).as("shelf of %d = its log", variant).isEqualTo(stock);
        assertThat(Fixtures.number(c, "SELECT COALESCE(SUM(reserved_change), 0) FROM stock_movement WHERE variant_id = ?", variant)).as("held of %d = its log", variant).isEqualTo(reserved);
        assertThat(Fixtures.number(c, "SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN shop_order o ON o.id = l.order_id WHERE l.variant_id = ? AND o.state = 'AWAITING_PAYMENT'",
            variant)).as("held of %d = its unpaid orders", variant).isEqualTo(reserved);
      }
      // every order that was ever paid posted each line's split and its shipping exactly once; no other order posted anything
      try (Statement read = c.createStatement(); ResultSet rows = read.executeQuery("SELECT o.order_number, o.state, (SELECT COUNT(*) FROM order_line l WHERE l.order_id = o.id),"
          + " (SELECT COUNT(*) FROM journal_entry e WHERE e.source = 'SALE' AND e.idempotency_key LIKE CONCAT('sale-split-', o.order_number, '-%')),"
          + " (SELECT COUNT(*) FROM journal_entry e WHERE e.idempotency_key = CONCAT('order-shipping-', o.order_number))"
          + " FROM shop_order o WHERE o.recipient = 'แข่ง " + tag + "'")) {
        int seen = 0;
        while (rows.next()) {
          seen++;
          String state = rows.getString(2);
          boolean everPaid = !state.equals("AWAITING_PAYMENT") && !state.equals("CANCELLED");
          assertThat(rows.getLong(4)).as("sale entries of %s (%s)", rows.getString(1), state).isEqualTo(everPaid ? rows.getLong(3) : 0);
          assertThat(rows.getLong(5)).as("shipping entries of %s (%s)", rows.getString(1), state).isEqualTo(everPaid ? 1 : 0);
        }
        assertThat(seen).isGreaterThan(10);
      }
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM journal_entry r JOIN journal_entry e ON e.id = r.reverses_entry_id JOIN shop_order o"
          + " ON e.idempotency_key = CONCAT('order-shipping-', o.order_number) WHERE o.state <> 'REFUNDED'")).as("only refunded orders are reversed").isZero();
    }
    JsonObject audit = json(api.get("api/ledger/audit", treasurers.get(0)), 200);
    assertThat(audit.getJsonArray("accountsOff")).as(audit.toString()).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).as(audit.toString()).isEmpty();
    assertThat(audit.getJsonNumber("totalDebits").longValue()).isEqualTo(audit.getJsonNumber("totalCredits").longValue());
  }

  private static String checkout(String tag, String lines) {
    return "{\"lines\":[" + lines + "],\"recipient\":\"แข่ง " + tag + "\",\"phone\":\"081-234-5678\",\"addressLine\":\"12 ถนนนิมมานเหมินท์\",\"subdistrict\":\"สุเทพ\","
        + "\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\"race@example.org\"}";
  }

  private HttpResponse<String> record(String what, HttpResponse<String> response) {
    outcomes.computeIfAbsent(what + " " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
    if (response.statusCode() >= 500) {
      serverErrors.add(what + " " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private int count(String what, int status) {
    AtomicInteger n = outcomes.get(what + " " + status);
    return n == null ? 0 : n.get();
  }

  private static String latestDeadlock() {
    try (Connection c = Fixtures.connect(); Statement read = c.createStatement(); ResultSet row = read.executeQuery("SHOW ENGINE INNODB STATUS")) {
      String status = row.next() ? row.getString(3) : "";
      int from = status.indexOf("LATEST DETECTED DEADLOCK");
      int to = status.indexOf("TRANSACTIONS\n------------", Math.max(from, 0));
      return from < 0 ? "(none reported)" : status.substring(from, to > from ? to : status.length());
    } catch (java.sql.SQLException e) {
      return "(could not read: " + e + ")";
    }
  }

  private static long deadlocks() throws Exception {
    try (Connection c = Fixtures.connect(); Statement read = c.createStatement(); ResultSet row = read.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
      return row.next() ? row.getLong(2) : -1;
    }
  }
}
