package coop.fairshare.it;

import static coop.fairshare.it.Fixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The anonymous page cache from the outside: what an anonymous visitor gets twice is one render,
 * what a signed-in shopper gets is always her own page, each language has its own copy, and a
 * form sent is never answered from the cache.
 */
@ExtendWith(SharedApp.class)
class PageCacheIT {

  private static final String CACHE = "X-Fairshare-Cache";

  private final URL deployed = SharedApp.address();

  private static String tag;
  private static Group group;
  private static String shopper;
  /** HTTP/1.1 as a browser speaks it over plain http (the JDK client would otherwise ask for h2c). */
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private URI base;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    if (group == null) {
      tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        shopper = Fixtures.shopper(c, tag);
        group = Fixtures.group(c, tag, 2, "กลุ่มแคชทดสอบ" + tag, "Cache Test Group " + tag,
            product("HANDICRAFT", "ผ้าขาวม้าแคช" + tag, "Cached loincloth " + tag, 25000, 9),
            product("HANDICRAFT", "หมวกแคช" + tag, "Cached hat " + tag, 15000, 3),
            product("HANDICRAFT", "ตะกร้าแคช" + tag, "Cached basket " + tag, 35000, 4),
            product("HANDICRAFT", "เสื่อแคช" + tag, "Cached mat " + tag, 45000, 2));
      }
    }
  }

  @Test
  void anAnonymousVisitorGetsTheSecondViewFromTheCacheWithTheSameBody() throws Exception {
    String page = "catalog/product.xhtml?id=" + group.productIds().get(0);
    HttpResponse<String> first = get(page, null, null);
    HttpResponse<String> second = get(page, null, null);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue(CACHE)).hasValue("miss");
    assertThat(second.headers().firstValue(CACHE)).hasValue("hit");
    assertThat(second.body()).isEqualTo(first.body()).contains("ผ้าขาวม้าแคช" + tag).contains("lang=\"th\"");
    for (HttpResponse<String> response : java.util.List.of(first, second)) {
      assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
      assertThat(response.headers().firstValue("Content-Language")).hasValue("th");
      assertThat(response.headers().allValues("Set-Cookie")).as("an anonymous visitor gets no session").isEmpty();
    }
    // HEAD is answered from the same copy, without a body
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(base.resolve(page)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.headers().firstValue(CACHE)).hasValue("hit");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void everyPageNamesTheIconAndRobotsAreKeptOutOfWhatIsPersonal() throws Exception {
    HttpResponse<String> page = get("catalog/product.xhtml?id=" + group.productIds().get(2), null, null);
    assertThat(page.body()).contains("rel=\"icon\"").contains("favicon.svg");
    HttpResponse<String> icon = http.send(HttpRequest.newBuilder(base.resolve("favicon.svg")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(icon.body()).startsWith("<svg");
    HttpResponse<String> robots = http.send(HttpRequest.newBuilder(base.resolve("robots.txt")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /treasurer/").contains("Disallow: /api/").doesNotContain("Disallow: /catalog/");
  }

  @Test
  void aSignedInShopperGetsThePageKeptForEveryoneWithHerOwnPartsAndNobodyElseEverSeesThem() throws Exception {
    String page = "catalog/product.xhtml?id=" + group.productIds().get(1);
    get(page, null, null);
    assertThat(get(page, null, null).headers().firstValue(CACHE)).hasValue("hit");

    // signs in with HTTP Basic: the page is rendered for her and the session remembers her
    HttpResponse<String> signingIn = get(page, null, basic(shopper));
    assertThat(signingIn.headers().firstValue(CACHE)).hasValue("bypass");
    assertThat(signingIn.body()).contains("id=\"signed-in-as\">" + shopper + "<");
    // Payara's session cookie comes with its version cookie; a browser sends both back
    assertThat(signingIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
    String session = signingIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).collect(java.util.stream.Collectors.joining("; "));

    // her first view with the session is rendered for her and her parts of it kept; the next is the
    // page everyone gets with her parts put in (shared/web/PersonalParts), the same bytes
    HttpResponse<String> rendered = get(page, session, null);
    assertThat(rendered.headers().firstValue(CACHE)).hasValue("miss");
    HttpResponse<String> spliced = get(page, session, null);
    assertThat(spliced.headers().firstValue(CACHE)).hasValue("personal");
    assertThat(spliced.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(spliced.body()).isEqualTo(rendered.body()).contains("id=\"signed-in-as\">" + shopper + "<").contains("id=\"nav-my-orders\"")
        .doesNotContain("id=\"nav-login\"");
    // and what anonymous visitors get is still the copy kept before she signed in (the test
    // deployment keeps pages 300 s, FAIRSHARE_PAGECACHE_SECONDS in the pom), with no one's name
    HttpResponse<String> anonymous = get(page, null, null);
    assertThat(anonymous.headers().firstValue(CACHE)).hasValue("hit");
    assertThat(anonymous.body()).doesNotContain(shopper).contains("id=\"nav-login\"");
  }

  @Test
  void englishAndThaiVisitorsEachGetTheirOwnCachedPage() throws Exception {
    String page = "catalog/product.xhtml?id=" + group.productIds().get(2);
    HttpResponse<String> thai = get(page, null, null);
    HttpResponse<String> english = get(page, "fairshare-lang=en", null);
    HttpResponse<String> thaiAgain = get(page, "fairshare-lang=th", null);
    HttpResponse<String> englishAgain = get(page, "fairshare-lang=en", null);

    assertThat(english.headers().firstValue(CACHE)).as("English is not Thai's copy").hasValue("miss");
    assertThat(thaiAgain.headers().firstValue(CACHE)).hasValue("hit");
    assertThat(englishAgain.headers().firstValue(CACHE)).hasValue("hit");
    assertThat(thai.body()).contains("ตะกร้าแคช" + tag).contains("lang=\"th\"").isEqualTo(thaiAgain.body());
    assertThat(englishAgain.body()).contains("Cached basket " + tag).contains("lang=\"en\"").isEqualTo(english.body());
    assertThat(englishAgain.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(thaiAgain.headers().firstValue("Content-Language")).hasValue("th");
  }

  @Test
  void aFormSentIsNeverAnsweredFromTheCache() throws Exception {
    String page = "catalog/?q=" + tag;
    get(page, null, null);
    assertThat(get(page, null, null).headers().firstValue(CACHE)).hasValue("hit");
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve(page))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("q=" + tag)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(posted.headers().firstValue(CACHE)).hasValue("bypass");
    }
  }

  @Test
  void pagesAndTheirStylesTravelCompressedAndTheProductPageStaysSmall() throws Exception {
    String page = "catalog/product.xhtml?id=" + group.productIds().get(3);
    HttpResponse<byte[]> html = http.send(HttpRequest.newBuilder(base.resolve(page)).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(html.headers().firstValue("Content-Encoding")).hasValue("gzip");
    long transferred = html.body().length;
    // what a browser's first visit fetches: the page, its stylesheets, scripts and images, and the
    // fonts and pictures its stylesheets name (each of a font's formats, more than a browser takes)
    java.util.Deque<String> toFetch = new java.util.ArrayDeque<>(linked(get(page, null, null).body()));
    java.util.Set<String> fetched = new java.util.HashSet<>();
    while (!toFetch.isEmpty()) {
      String address = toFetch.pop();
      if (!fetched.add(address)) {
        continue;
      }
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(address)).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(address).isEqualTo(200);
      transferred += response.body().length;
      if (address.contains(".css")) {
        java.util.regex.Matcher urls = java.util.regex.Pattern.compile("url\\(\\s*['\"]?([^'\")]+)").matcher(get(address, null, null).body());
        while (urls.find()) {
          if (!urls.group(1).startsWith("data:")) {
            toFetch.push(URI.create(address).resolve(urls.group(1)).toString());
          }
        }
      }
    }
    assertThat(fetched).as("the brand's stylesheet at least").anyMatch(a -> a.contains("fairshare.css"));
    // 225 KiB before PrimeFaces' theme and scripts were left out of the plain shop pages
    assertThat(transferred).as("bytes a first visit transfers for the product page").isLessThan(50 * 1024);
  }

  @Test
  void theShopsPlainPagesLoadNoPrimeFaces() throws Exception {
    for (String page : java.util.List.of("", "catalog/", "catalog/?q=" + tag, "catalog/product.xhtml?id=" + group.productIds().get(0),
        "groups/", "groups/group.xhtml?id=" + group.id(), "login.xhtml", "register.xhtml", "catalog/product.xhtml?id=999999999")) {
      String body = get(page, null, null).body();
      assertThat(body).as(page).contains("fairshare.css").contains("id=\"messages\"");
      assertThat(linked(body)).as(page + " links no script or style of PrimeFaces")
          .noneMatch(address -> address.contains("primefaces") || address.contains("jquery") || address.contains("faces.js"));
      assertThat(body).as(page).doesNotContain("PrimeFaces");
    }
    // a treasurer's page, made of PrimeFaces components, still gets them with their theme
    String treasurer;
    try (Connection c = Fixtures.connect()) {
      treasurer = Fixtures.treasurer(c, tag);
    }
    String ledger = get("treasurer/periods.xhtml", null, basic(treasurer)).body();
    assertThat(linked(ledger)).anyMatch(a -> a.contains("theme.css")).anyMatch(a -> a.contains("primeicons")).anyMatch(a -> a.contains("core.js"))
        .anyMatch(a -> a.contains("locale-th.js"));
  }

  // --- signed-in pages: the part that is the same for everyone is kept, the visitor's own never ---

  @Test
  void signedInShoppersShareTheProductPagesKeptPartButEachSeesHerOwnHeaderAndANewPriceAtOnce() throws Exception {
    Group shelf;
    String other;
    try (Connection c = Fixtures.connect()) {
      shelf = Fixtures.group(c, tag + "k", 2, "กลุ่มส่วนร่วม" + tag, "Shared Part Group " + tag,
          product("HANDICRAFT", "กระเป๋าส่วนร่วม" + tag, "Shared part bag " + tag, 30000, 5),
          product("HANDICRAFT", "หมอนส่วนร่วม" + tag, "Shared part pillow " + tag, 12000, 5));
      other = Fixtures.shopper(c, tag + "o");
    }
    String page = "catalog/product.xhtml?id=" + shelf.productIds().get(0);
    String mine = session(shopper, page);
    String theirs = session(other, page);
    for (int i = 0; i < 2; i++) {
      assertThat(get(page, mine, null).body()).contains("id=\"signed-in-as\">" + shopper + "<").doesNotContain("id=\"signed-in-as\">" + other + "<")
          .contains("฿300.00").contains("หมอนส่วนร่วม" + tag);
      assertThat(get(page, theirs, null).body()).contains("id=\"signed-in-as\">" + other + "<").doesNotContain("id=\"signed-in-as\">" + shopper + "<")
          .contains("฿300.00");
    }

    // a view runs the product's own few queries; the split, the makers and the group's other products come with the kept part
    assertThat(selectsPerView("product page", page, mine)).as("SELECTs a signed-in view of the product page costs (15 when every view was rendered whole)").isLessThanOrEqualTo(6);

    // a price changed even behind the app's back (no new version) shows to everyone signed in within
    // the 2 s a page is kept for them (fairshare.pageCache.personalMillis), and as long again at most
    // while one request renders its successor
    try (Connection c = Fixtures.connect()) {
      Fixtures.update(c, "UPDATE product SET price_satang = 27500 WHERE id = ?", shelf.productIds().get(0));
    }
    long changed = System.nanoTime();
    while (get(page, theirs, null).body().contains("฿300.00")) {
      assertThat(Duration.ofNanos(System.nanoTime() - changed)).as("the old price is shown no longer than promised").isLessThan(Duration.ofMillis(4500));
      Thread.sleep(100);
    }
    assertThat(get(page, theirs, null).body()).contains("฿275.00").doesNotContain("฿300.00").contains("id=\"signed-in-as\">" + other + "<");
    assertThat(get(page, mine, null).body()).contains("฿275.00").doesNotContain("฿300.00").contains("id=\"signed-in-as\">" + shopper + "<");

    // and whoever sends a change herself sees the page rendered afresh at once, not the copy kept before it
    assertThat(get(page, theirs, null).headers().firstValue(CACHE)).hasValue("personal");
    try (Connection c = Fixtures.connect()) {
      Fixtures.update(c, "UPDATE product SET price_satang = 26000 WHERE id = ?", shelf.productIds().get(0));
    }
    String origin = base.getScheme() + "://" + base.getAuthority();
    HttpResponse<String> added = http.send(HttpRequest.newBuilder(base.resolve("cart/add")).header("Cookie", theirs).header("Origin", origin)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("product=0&variant=0&quantity=1")).build(),
        HttpResponse.BodyHandlers.ofString());
    // (a refused one, so her cart, and with it her page parts' key, stays as it was)
    assertThat(added.statusCode()).isLessThan(500);
    HttpResponse<String> afterHerChange = get(page, theirs, null);
    assertThat(afterHerChange.headers().firstValue(CACHE)).hasValue("miss");
    assertThat(afterHerChange.body()).contains("฿260.00").doesNotContain("฿275.00");
  }

  /**
   * A signed-in page's tables (her cart, the group's products) are drawn once for the figures they
   * show and kept for whoever sees the same figures (shared/web/DataKey): a price or stock changed
   * even behind the app's back, with no new version, shows at the very next view, and a form sent
   * is drawn afresh with what was typed.
   */
  @Test
  void aSignedInPagesKeptTablesShowAChangedFigureAtTheNextView() throws Exception {
    Shelf mine = shelfAndBuyer("d", "ตารางเก็บ", "Kept table", 22000);
    Group shelf = mine.group();
    String buyer = mine.buyer();
    long variant = shelf.variantIds().get(0);
    String producer = session(shelf.producerUsername(), "producer/products.xhtml");
    String shopper = session(buyer, "account/orders.xhtml");
    String origin = base.getScheme() + "://" + base.getAuthority();
    assertThat(addToCart(shopper, variant, 2).statusCode()).isLessThan(400);
    for (int i = 0; i < 3; i++) {
      assertThat(get("producer/products.xhtml", producer, null).body()).contains("class=\"fs-current-stock\">6<");
      assertThat(get("cart/", shopper, null).body()).contains("id=\"cart-items-total\">฿440.00<").contains("value=\"2\"");
    }
    try (Connection c = Fixtures.connect()) {
      Fixtures.update(c, "UPDATE product_variant SET stock = 5 WHERE id = ?", variant);
      Fixtures.update(c, "UPDATE product SET price_satang = 21000 WHERE id = ?", shelf.productIds().get(0));
    }
    assertThat(get("producer/products.xhtml", producer, null).body()).contains("class=\"fs-current-stock\">5<").doesNotContain("fs-current-stock\">6<");
    HttpResponse<String> cart = get("cart/", shopper, null);
    assertThat(cart.body()).contains("id=\"cart-items-total\">฿420.00<").doesNotContain("฿440.00");

    // a quantity that is not a number, sent: the table is drawn afresh, with what she typed and why it was refused
    java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form id=\"cart\"[^>]*action=\"([^\"]+)\"").matcher(cart.body());
    java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(cart.body());
    assertThat(form.find() && state.find()).isTrue();
    String sent = "cart=cart&cart%3Alines%3A0%3Aquantity=zwei&cart%3Aupdate=x&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> refused = http.send(HttpRequest.newBuilder(base.resolve(form.group(1).replace("&amp;", "&"))).header("Cookie", shopper).header("Origin", origin)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(sent)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.body()).contains("value=\"zwei\"").contains("aria-invalid=\"true\"").contains("id=\"cart-items-total\">฿420.00<");
    assertThat(get("cart/", shopper, null).body()).contains("value=\"2\"").doesNotContain("zwei");

    // the cart and the group's stock are kept whole (shared/web/KeptPages): their forms keep nothing of hers in the session
    assertThat(state.group(1)).isEqualTo("stateless");
    get("producer/products.xhtml", producer, null);
    assertThat(get("producer/products.xhtml", producer, null).headers().firstValue(CACHE)).hasValue("kept");
    assertThat(get("cart/", shopper, null).headers().firstValue(CACHE)).hasValue("kept");
    // so nothing in the post proves it came from her page: one from another site, or naming none, changes nothing
    String three = "cart=cart&cart%3Alines%3A0%3Aquantity=3&cart%3Aupdate=x&jakarta.faces.ViewState=stateless";
    for (String from : java.util.Arrays.asList("https://evil.example", null)) {
      HttpRequest.Builder forged = HttpRequest.newBuilder(base.resolve(form.group(1).replace("&amp;", "&"))).header("Cookie", shopper)
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(three));
      HttpResponse<String> refusedPost = http.send(from == null ? forged.build() : forged.header("Origin", from).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refusedPost.statusCode()).as(from).isEqualTo(403);
      assertThat(refusedPost.body()).doesNotContain("Exception", "at jakarta.", "java.lang.");
      assertThat(get("cart/", shopper, null).body()).as(from).contains("value=\"2\"").contains("id=\"cart-items-total\">฿420.00<");
    }
    // from her own page it is built afresh and done
    HttpResponse<String> updated = http.send(HttpRequest.newBuilder(base.resolve(form.group(1).replace("&amp;", "&"))).header("Cookie", shopper).header("Origin", origin)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(three)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(updated.statusCode()).isLessThan(400);
    HttpResponse<String> afterUpdate = get("cart/", shopper, null);
    assertThat(afterUpdate.headers().firstValue(CACHE)).hasValue("miss");
    assertThat(afterUpdate.body()).contains("value=\"3\"").contains("id=\"cart-items-total\">฿630.00<");
  }

  /**
   * A signed-in page opened all day (the journal, her orders, a group's sales) is kept whole under
   * the key of what it shows (shared/web/KeptPages): the next view of the same figures is sent as
   * kept, byte for byte the page drawn for her; someone else looking at the same figures gets her own
   * header, never the first one's; a new order shows at the very next view; a refused filter is drawn
   * afresh each time.
   */
  @Test
  void aSignedInPageIsKeptWholeForTheFiguresItShowsAndEachViewerGetsHerOwnHeader() throws Exception {
    String first;
    String second;
    String buyer;
    try (Connection c = Fixtures.connect()) {
      first = Fixtures.treasurer(c, tag + "w1");
      second = Fixtures.treasurer(c, tag + "w2");
      buyer = Fixtures.shopper(c, tag + "w");
    }
    String journal = "treasurer/journal.xhtml?source=SALE";
    String hers = session(first, "treasurer/trial-balance.xhtml");
    String theirs = session(second, "treasurer/trial-balance.xhtml");
    HttpResponse<String> drawn = get(journal, hers, null);
    assertThat(drawn.headers().firstValue(CACHE)).hasValue("miss");
    HttpResponse<String> kept = get(journal, hers, null);
    assertThat(kept.headers().firstValue(CACHE)).hasValue("kept");
    assertThat(kept.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(kept.body()).isEqualTo(drawn.body()).contains("id=\"signed-in-as\">" + first + "<");
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> other = get(journal, theirs, null);
      assertThat(other.headers().firstValue(CACHE)).hasValue(i == 0 ? "miss" : "kept");
      assertThat(other.body()).contains("id=\"signed-in-as\">" + second + "<").doesNotContain(first);
      assertThat(other.body().replace(second, first)).isEqualTo(kept.body());
    }
    // a filter that cannot be read is said beside its field, and that page too is kept for what it shows
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> refused = get("treasurer/journal.xhtml?from=not-a-day&source=NOTHING", hers, null);
      assertThat(refused.headers().firstValue(CACHE)).hasValue(i == 0 ? "miss" : "kept");
      assertThat(refused.body()).containsPattern("id=\"from-refused\" role=\"alert\">(The from date is not a date|วันที่เริ่มต้นไม่ใช่วันที่)")
          .contains("id=\"source-refused\"").doesNotContain("id=\"to-refused\"");
    }

    String orders = session(buyer, "account/orders.xhtml");
    get("account/orders.xhtml", orders, null);
    HttpResponse<String> none = get("account/orders.xhtml", orders, null);
    assertThat(none.headers().firstValue(CACHE)).hasValue("kept");
    assertThat(none.body()).contains("id=\"no-orders\"");
    String number = placeOrder(buyer, Map.of(group.variantIds().get(2), 1));
    HttpResponse<String> one = get("account/orders.xhtml", orders, null);
    assertThat(one.headers().firstValue(CACHE)).hasValue("miss");
    assertThat(one.body()).contains("data-number=\"" + number + "\"").doesNotContain("id=\"no-orders\"");
    assertThat(get("account/orders.xhtml", orders, null).headers().firstValue(CACHE)).hasValue("kept");
  }

  /**
   * A group's sales page reads its period from the address itself, so its key is asked before Faces
   * starts (shared/web/KeptPages): each period is kept apart, shows itself as the one chosen, and an
   * unknown period is the year's.
   */
  @Test
  void aGroupsSalesAreKeptForEachPeriodTheAddressNames() throws Exception {
    String producer = session(group.producerUsername(), "producer/sales.xhtml");
    for (String period : List.of("MONTH", "ALL")) {
      HttpResponse<String> drawn = get("producer/sales.xhtml?period=" + period, producer, null);
      HttpResponse<String> kept = get("producer/sales.xhtml?period=" + period, producer, null);
      assertThat(kept.headers().firstValue(CACHE)).as(period).hasValue("kept");
      assertThat(kept.body()).isEqualTo(drawn.body()).containsPattern("class=\"fs-current\" href=\"\\?period=" + period + "\"");
    }
    HttpResponse<String> unknown = get("producer/sales.xhtml?period=DECADE", producer, null);
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).containsPattern("class=\"fs-current\" href=\"\\?period=YEAR\"");
  }

  /**
   * A shopper's order page asks the shop once for all it shows (Orders.view): the order with its
   * parcels, groups and lines in one read, the lines' splits in one, then its slips, history and the
   * bank account. It read 10 times a view when each part of the page asked for itself. Whose order
   * it may be is still decided for each look: a treasurer sees it, another shopper is told it does not exist.
   */
  @Test
  void aShoppersOrderPageIsReadInAFewReadsAndOnlyByThoseItBelongsTo() throws Exception {
    Pair people = shopperAndTreasurer("v");
    String other = people.shopper();
    String treasurer = people.treasurer();
    java.util.Map<Long, Integer> lines = new java.util.LinkedHashMap<>();
    lines.put(group.variantIds().get(0), 1);
    lines.put(group.variantIds().get(1), 2);
    String number = placeOrder(shopper, lines);
    String page = "orders/order.xhtml?n=" + number;
    String hers = session(shopper, page);
    HttpResponse<String> shown = get(page, hers, null);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("id=\"order-number\">" + number + "<").contains("ผ้าขาวม้าแคช" + tag).contains("หมวกแคช" + tag)
        .contains("<strong>กลุ่มแคชทดสอบ" + tag + "</strong>").contains("฿550.00");
    assertThat(shown.body().split("class=\"fs-split-maker-amount\"", -1)).as("each line's split is shown").hasSize(3);

    assertThat(selectsPerView("order page", page, hers)).as("SELECTs a view of her order page costs (10 when each part asked for itself)").isLessThanOrEqualTo(7);

    assertThat(get(page, session(treasurer, "treasurer/orders.xhtml"), null).statusCode()).isEqualTo(200);
    assertThat(get(page, session(other, "account/orders.xhtml"), null).statusCode()).isEqualTo(404);
    assertThat(get(page, null, null).statusCode()).isEqualTo(404);
  }

  /**
   * An order's page is kept whole for what it shows and to whom (shared/web/KeptPages): her second
   * look is the page drawn for her; a treasurer's look at the same order is a page of its own, without
   * her slip and cancel forms. Those forms are stateless, so a post to them is taken only from the
   * shop's own pages: one from another site, or naming none, calls nothing off; hers does, and the
   * next look shows it.
   */
  @Test
  void anOrdersPageIsKeptForWhoIsLookingAndItsFormsAreTakenOnlyFromItsOwnPages() throws Exception {
    Pair people = shopperAndTreasurer("k");
    String buyer = people.shopper();
    String treasurer = people.treasurer();
    String number = placeOrder(buyer, Map.of(group.variantIds().get(3), 1));
    String page = "orders/order.xhtml?n=" + number;
    String hers = session(buyer, page);
    HttpResponse<String> drawn = get(page, hers, null);
    HttpResponse<String> kept = get(page, hers, null);
    assertThat(kept.headers().firstValue(CACHE)).hasValue("kept");
    assertThat(kept.body()).isEqualTo(drawn.body()).contains("data-state=\"AWAITING_PAYMENT\"").contains("id=\"cancel-order\"").contains("id=\"slip\"")
        .containsPattern("name=\"jakarta.faces.ViewState\"[^>]*value=\"stateless\"");

    String theirs = session(treasurer, "treasurer/orders.xhtml");
    assertThat(get(page, theirs, null).headers().firstValue(CACHE)).hasValue("miss");
    HttpResponse<String> keptForHer = get(page, theirs, null);
    assertThat(keptForHer.headers().firstValue(CACHE)).hasValue("kept");
    assertThat(keptForHer.body()).contains("id=\"order-number\">" + number + "<").contains("id=\"signed-in-as\">" + treasurer + "<")
        .doesNotContain("id=\"signed-in-as\">" + buyer + "<").doesNotContain("cancel-order").doesNotContain("id=\"slip\"");
    // the slips waiting for her are kept the same way
    HttpResponse<String> slips = get("treasurer/slips.xhtml", theirs, null);
    HttpResponse<String> slipsKept = get("treasurer/slips.xhtml", theirs, null);
    assertThat(slipsKept.headers().firstValue(CACHE)).hasValue("kept");
    assertThat(slipsKept.body()).isEqualTo(slips.body()).containsPattern("name=\"jakarta.faces.ViewState\"[^>]*value=\"stateless\"");

    java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form id=\"order-form\"[^>]*action=\"([^\"]+)\"").matcher(kept.body());
    assertThat(form.find()).isTrue();
    URI action = base.resolve(form.group(1).replace("&amp;", "&"));
    // sent as her browser sends the page's form: multipart, since it may carry a slip
    String boundary = "fairshare-" + tag;
    // her first tap asks; the answer "yes" (the question carried by the form) calls the order off
    String ask = multipartForm(boundary, new String[][] {{"order-form", "order-form"}, {"n", number}, {"t", ""}, {"cancel-order", "x"}, {"jakarta.faces.ViewState", "stateless"}});
    String cancel = multipartForm(boundary, new String[][] {{"order-form", "order-form"}, {"n", number}, {"t", ""}, {"confirm", "cancel"}, {"yes-cancel", "x"},
        {"jakarta.faces.ViewState", "stateless"}});
    String multipart = "multipart/form-data; boundary=" + boundary;
    for (String from : java.util.Arrays.asList("https://evil.example", null)) {
      HttpRequest.Builder forged = HttpRequest.newBuilder(action).header("Cookie", hers)
          .header("Content-Type", multipart).POST(HttpRequest.BodyPublishers.ofString(cancel));
      HttpResponse<String> refused = http.send(from == null ? forged.build() : forged.header("Origin", from).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).as(from).isEqualTo(403);
      assertThat(get(page, hers, null).body()).as(from).contains("data-state=\"AWAITING_PAYMENT\"").contains("id=\"cancel-order\"");
    }
    String origin = base.getScheme() + "://" + base.getAuthority();
    HttpResponse<String> asked = http.send(HttpRequest.newBuilder(action).header("Cookie", hers).header("Origin", origin)
        .header("Content-Type", multipart).POST(HttpRequest.BodyPublishers.ofString(ask)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body()).contains("id=\"cancel-question\"").contains("id=\"yes-cancel\"").contains("data-state=\"AWAITING_PAYMENT\"");
    assertThat(get(page, hers, null).body()).as("asking changed nothing, and the question is not kept").contains("data-state=\"AWAITING_PAYMENT\"")
        .contains("id=\"cancel-order\"").doesNotContain("cancel-question");
    // another shopper posting the same answer from the shop's own pages is told there is no such order, and nothing is called off
    HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(action).header("Cookie", session(shopper, "account/orders.xhtml")).header("Origin", origin)
        .header("Content-Type", multipart).POST(HttpRequest.BodyPublishers.ofString(cancel)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(stranger.statusCode()).isEqualTo(404);
    assertThat(stranger.body()).doesNotContain(number);
    assertThat(get(page, hers, null).body()).contains("data-state=\"AWAITING_PAYMENT\"");
    HttpResponse<String> cancelled = http.send(HttpRequest.newBuilder(action).header("Cookie", hers).header("Origin", origin)
        .header("Content-Type", multipart).POST(HttpRequest.BodyPublishers.ofString(cancel)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(302);
    HttpResponse<String> after = get(page, hers, null);
    assertThat(after.headers().firstValue(CACHE)).hasValue("miss");
    assertThat(after.body()).contains("data-state=\"CANCELLED\"").doesNotContain("cancel-order").doesNotContain("id=\"slip\"");
    assertThat(get(page, theirs, null).body()).contains("data-state=\"CANCELLED\"");
  }

  /**
   * A row's button acts on the order drawn in that row or on nothing (shared/web/RowKey): Faces finds
   * the button by its place in the list and reads the list again when the form comes back. The
   * treasurer types a bank reference for one order and confirms it while the order above it is called
   * off by its shopper: without the rows' keys the order now in that place, one she never looked at,
   * was confirmed as paid with her reference. Now nothing is done, she is told the list moved, what
   * she typed there is not put beside another order, and from the page drawn again her button confirms
   * the order she meant and only it.
   */
  @Test
  void aRowsButtonActsOnTheOrderDrawnThereOrOnNothingWhenTheListMoved() throws Exception {
    Pair people = shopperAndTreasurer("r");
    String buyer = people.shopper();
    String treasurer = people.treasurer();
    List<String> placed = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      placed.add(placeOrder(buyer, Map.of(group.variantIds().get(0), 1)));
    }
    String theirs = session(treasurer, "treasurer/orders.xhtml");
    String drawn = get("treasurer/orders.xhtml", theirs, null).body();
    List<String> awaiting = awaitingOn(drawn);
    String meant = placed.get(1);
    int row = awaiting.indexOf(meant);
    assertThat(awaiting.subList(row - 1, row + 2)).as("her three orders, one after another").isEqualTo(placed);

    // the order above is called off by its shopper while the page is open; then she confirms hers
    Api api = new Api(base);
    assertThat(api.post("api/my/orders/" + placed.get(0) + "/cancel", "", buyer).statusCode()).isEqualTo(200);
    String reference = "KTB-" + tag;
    HttpResponse<String> moved = confirmFrom(drawn, meant, reference, theirs);
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(moved.body()).contains("รายการเปลี่ยนไประหว่างที่เปิดหน้านี้อยู่ จึงยังไม่ได้ทำอะไร")
        .contains("<tr class=\"fs-awaiting\" data-number=\"" + meant + "\"").doesNotContain("<tr class=\"fs-awaiting\" data-number=\"" + placed.get(0) + "\"");
    // what she typed is beside no other order (beside hers when her row kept its place: a full list takes in an older order at its top)
    assertThat(rowsHolding(moved.body(), reference)).as("rows showing what she typed").isSubsetOf(meant);
    for (String number : placed.subList(1, 3)) {
      assertThat(state(api, number, buyer)).as(number).isEqualTo("AWAITING_PAYMENT");
    }

    // from the page as it is now, her button confirms the order she meant, and only it
    HttpResponse<String> confirmed = confirmFrom(moved.body(), meant, reference, theirs);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isIn(200, 302);
    assertThat(state(api, meant, buyer)).isEqualTo("PAID");
    assertThat(state(api, placed.get(2), buyer)).isEqualTo("AWAITING_PAYMENT");
    assertThat(state(api, placed.get(0), buyer)).isEqualTo("CANCELLED");
  }

  /**
   * More than 500 orders awaiting payment: the treasurers' list shows the newest 500 (a transfer
   * usually follows its order within the hour) and says older ones wait too; the oldest 500 once hid
   * every order placed after them, so a transfer just in could not be confirmed from the list.
   */
  @Test
  void theTreasurersListShowsTheNewestOrdersAwaitingPaymentAndSaysOlderOnesWait() throws Exception {
    Pair people = shopperAndTreasurer("n");
    String newest = placeOrder(people.shopper(), Map.of(group.variantIds().get(0), 1));
    // 500 older unpaid orders, copies of hers placed a day earlier (without lines: the list shows only their heads)
    String copies = "OLD" + tag + "-%";
    try (Connection c = Fixtures.connect()) {
      try (var insert = c.prepareStatement("INSERT INTO shop_order (order_number, account_id, access_token, email, state, payment_method, recipient, phone,"
          + " address_line, subdistrict, district, province_code, postcode, items_satang, shipping_satang, total_satang, lang, reserved_until, placed_at)"
          + " SELECT CONCAT('OLD', ?, '-', s.seq), o.account_id, CONCAT(LEFT(o.access_token, 30), LPAD(s.seq, 13, '0')), o.email, o.state, o.payment_method,"
          + " o.recipient, o.phone, o.address_line, o.subdistrict, o.district, o.province_code, o.postcode, o.items_satang, o.shipping_satang, o.total_satang,"
          + " o.lang, o.reserved_until, o.placed_at - INTERVAL 1 DAY FROM shop_order o JOIN seq_1_to_500 s WHERE o.order_number = ?")) {
        insert.setString(1, tag);
        insert.setString(2, newest);
        assertThat(insert.executeUpdate()).isEqualTo(500);
      }
      try {
        String drawn = get("treasurer/orders.xhtml", session(people.treasurer(), "treasurer/orders.xhtml"), null).body();
        List<String> awaiting = awaitingOn(drawn);
        assertThat(awaiting).as("the newest 500, oldest first among them").hasSize(500).endsWith(newest);
        assertThat(awaiting).filteredOn(n -> n.startsWith("OLD" + tag)).as("some older copies left out").hasSizeLessThan(500);
        assertThat(drawn).contains("id=\"orders:older-not-shown\"").contains("แสดงเฉพาะคำสั่งซื้อที่รอชำระล่าสุด 500 รายการ");
      } finally {
        try (var delete = c.prepareStatement("DELETE FROM shop_order WHERE order_number LIKE ?")) {
          delete.setString(1, copies);
          delete.executeUpdate();
        }
      }
    }
  }

  /**
   * The list's last row gone while the page was open (its order called off): her button in that row
   * is told so, as a row that moved is, rather than doing nothing without a word; the order before
   * it is not touched.
   */
  @Test
  void aButtonInARowGoneFromTheListsEndSaysTheListChanged() throws Exception {
    Pair people = shopperAndTreasurer("g");
    List<String> placed = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      placed.add(placeOrder(people.shopper(), Map.of(group.variantIds().get(0), 1)));
    }
    String theirs = session(people.treasurer(), "treasurer/orders.xhtml");
    String drawn = get("treasurer/orders.xhtml", theirs, null).body();
    List<String> awaiting = awaitingOn(drawn);
    String last = placed.get(1);
    assertThat(awaiting).as("her two orders end the list").endsWith(placed.get(0), last);

    Api api = new Api(base);
    assertThat(api.post("api/my/orders/" + last + "/cancel", "", people.shopper()).statusCode()).isEqualTo(200);
    String reference = "SCB-" + tag;
    HttpResponse<String> gone = confirmFrom(drawn, last, reference, theirs);
    assertThat(gone.statusCode()).isEqualTo(200);
    assertThat(gone.body()).contains("รายการเปลี่ยนไประหว่างที่เปิดหน้านี้อยู่ จึงยังไม่ได้ทำอะไร")
        .doesNotContain("<tr class=\"fs-awaiting\" data-number=\"" + last + "\"").contains("<tr class=\"fs-awaiting\" data-number=\"" + placed.get(0) + "\"");
    assertThat(state(api, last, people.shopper())).isEqualTo("CANCELLED");
    assertThat(state(api, placed.get(0), people.shopper())).isEqualTo("AWAITING_PAYMENT");
  }

  /**
   * A list emptied altogether while its page was open (her cart, emptied in another tab) says so when
   * a button of that page is pressed, as a moved row does, instead of drawing the empty list without a
   * word: the key the page sent for the row has no row to take it up now (shared/web/RowKey).
   */
  @Test
  void aButtonOnAListEmptiedMeanwhileSaysTheListChanged() throws Exception {
    Shelf mine = shelfAndBuyer("e", "ตะกร้าว่าง", "Emptied cart", 15000);
    long variant = mine.group().variantIds().get(0);
    String shopper = session(mine.buyer(), "account/orders.xhtml");
    assertThat(addToCart(shopper, variant, 1).statusCode()).isLessThan(400);
    String drawn = get("cart/", shopper, null).body();
    assertThat(drawn).contains("data-variant=\"" + variant + "\"");

    // in another tab she takes the line out: the list is empty now
    HttpResponse<String> removed = sendForm(drawn, "cart", drawn, Map.of(), "fs-remove", shopper);
    assertThat(removed.statusCode()).isLessThan(400);
    assertThat(get("cart/", shopper, null).body()).contains("id=\"cart-empty\"").doesNotContain("data-variant=\"" + variant + "\"");
    // on the page still open she asks for three of it
    HttpResponse<String> stale = sendForm(drawn, "cart", drawn, Map.of("fs-quantity", "3"), "fs-secondary", shopper);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("รายการเปลี่ยนไประหว่างที่เปิดหน้านี้อยู่ จึงยังไม่ได้ทำอะไร").contains("id=\"cart-empty\"");
    assertThat(get("cart/", shopper, null).body()).as("nothing put back").contains("id=\"cart-empty\"").doesNotContain("data-variant=\"" + variant + "\"");
  }

  /** Puts this many of a variant in this session's cart, as the product page's form does. */
  private HttpResponse<String> addToCart(String cookie, long variant, int quantity) throws Exception {
    String origin = base.getScheme() + "://" + base.getAuthority();
    return http.send(HttpRequest.newBuilder(base.resolve("cart/add")).header("Cookie", cookie).header("Origin", origin)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("product=0&variant=" + variant + "&quantity=" + quantity)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private record Shelf(Group group, String buyer) {}

  /** A group of two with one satchel, six in stock, and a shopper, of their own for one test named by its letter. */
  private static Shelf shelfAndBuyer(String letter, String th, String en, long priceSatang) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return new Shelf(Fixtures.group(c, tag + letter, 2, "กลุ่ม" + th + tag, en + " Group " + tag,
          product("HANDICRAFT", "ย่าม" + th + tag, en + " satchel " + tag, priceSatang, 6)), Fixtures.shopper(c, tag + letter));
    }
  }

  private record Pair(String shopper, String treasurer) {}

  /** A shopper and a treasurer of their own for one test, named by its letter. */
  private static Pair shopperAndTreasurer(String letter) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return new Pair(Fixtures.shopper(c, tag + letter), Fixtures.treasurer(c, tag + letter));
    }
  }

  /**
   * A slip that waits for an order called off since by its shopper says so on the treasurer's page,
   * with the order's state, before she confirms it: the money on the statement may have to go back.
   * A slip for an order still waiting for its payment says nothing of the kind.
   */
  @Test
  void aSlipForAnOrderCalledOffSinceSaysSoOnTheTreasurersPage() throws Exception {
    Pair people = shopperAndTreasurer("s");
    Api api = new Api(base);
    List<String> numbers = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      jakarta.json.JsonObject order = checkout(people.shopper(), Map.of(group.variantIds().get(0), 1));
      String number = order.getString("number");
      HttpResponse<String> sent = api.postBytes("api/orders/" + number + "/slip?token=" + order.getString("accessToken"),
          coop.fairshare.catalog.TestImages.png(40, 60), "image/png", null);
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
      numbers.add(number);
    }
    String calledOff = numbers.get(0);
    assertThat(api.post("api/my/orders/" + calledOff + "/cancel", "", people.shopper()).statusCode()).isEqualTo(200);

    String page = get("treasurer/slips.xhtml", session(people.treasurer(), "treasurer/slips.xhtml"), null).body();
    assertThat(slipOf(page, calledOff)).contains("fs-order-moved").contains("คำสั่งซื้อนี้ไม่ได้รอชำระเงินแล้ว (ตอนนี้: ยกเลิกแล้ว)");
    assertThat(slipOf(page, numbers.get(1))).doesNotContain("fs-order-moved");
  }

  /** The panel of the slip waiting for this order on the treasurer's slips page. */
  private static String slipOf(String page, String number) {
    java.util.regex.Matcher panel = java.util.regex.Pattern.compile("(?s)<div class=\"fs-panel fs-slip-waiting\" data-slip=\"\\d+\" data-order=\""
        + java.util.regex.Pattern.quote(number) + "\">.*?<input type=\"hidden\"").matcher(page);
    assertThat(panel.find()).as("a slip waits for " + number).isTrue();
    return panel.group();
  }

  /** Posts the treasurer's orders form as her browser would from this page: every field of it, the bank reference typed in this order's row, and its confirm button. */
  /** The numbers of the awaiting rows in which this text stands (in a field as typed). */
  private static List<String> rowsHolding(String page, String text) {
    return java.util.regex.Pattern.compile("(?s)<tr class=\"fs-awaiting\" data-number=\"([^\"]+)\">(.*?)</tr>").matcher(page).results()
        .filter(row -> row.group(2).contains(text)).map(row -> row.group(1)).toList();
  }

  private HttpResponse<String> confirmFrom(String page, String number, String reference, String cookie) throws Exception {
    java.util.regex.Matcher rowOf = java.util.regex.Pattern.compile("(?s)<tr class=\"fs-awaiting\" data-number=\"" + java.util.regex.Pattern.quote(number) + "\">.*?</tr>").matcher(page);
    assertThat(rowOf.find()).as(number + " is listed").isTrue();
    return sendForm(page, "orders", rowOf.group(), Map.of("fs-bank-reference", reference), "fs-confirm-payment", cookie);
  }

  /**
   * Posts a form of this page as a browser would: every field of it as drawn, with what is typed in
   * the fields of these classes found in {@code part} of it, and the button of that class there.
   */
  private HttpResponse<String> sendForm(String page, String formId, String part, Map<String, String> typed, String buttonClass, String cookie) throws Exception {
    java.util.regex.Matcher form = java.util.regex.Pattern.compile("(?s)<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\".*?</form>").matcher(page);
    assertThat(form.find()).as(formId).isTrue();
    Map<String, String> typedIn = new java.util.HashMap<>();
    typed.forEach((styleClass, value) -> typedIn.put(nameOfInput(part, styleClass), value));
    String button = nameOfInput(part, buttonClass);
    StringBuilder body = new StringBuilder();
    java.util.regex.Matcher inputs = java.util.regex.Pattern.compile("<input [^>]*>").matcher(form.group());
    while (inputs.find()) {
      String input = inputs.group();
      String name = attributeOf(input, "name");
      if (name == null || "submit".equals(attributeOf(input, "type")) && !name.equals(button)) {
        continue;
      }
      String value = typedIn.getOrDefault(name, unescape(java.util.Objects.requireNonNullElse(attributeOf(input, "value"), "")));
      body.append(body.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
          .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    String origin = base.getScheme() + "://" + base.getAuthority();
    return http.send(HttpRequest.newBuilder(base.resolve(form.group(1).replace("&amp;", "&"))).header("Cookie", cookie).header("Origin", origin)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The order numbers listed as waiting for payment on this treasurer's orders page, in its order. */
  private static List<String> awaitingOn(String page) {
    return java.util.regex.Pattern.compile("<tr class=\"fs-awaiting\" data-number=\"([^\"]+)\"").matcher(page).results().map(m -> m.group(1)).toList();
  }

  /** The name of the first input in this HTML carrying this class. */
  private static String nameOfInput(String html, String styleClass) {
    java.util.regex.Matcher found = java.util.regex.Pattern.compile("<input [^>]*class=\"[^\"]*\\b" + styleClass + "\\b[^\"]*\"[^>]*>").matcher(html);
    assertThat(found.find()).as(styleClass).isTrue();
    return attributeOf(found.group(), "name");
  }

  private static String attributeOf(String tag, String name) {
    java.util.regex.Matcher value = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return value.find() ? value.group(1) : null;
  }

  private static String state(Api api, String number, String buyer) throws Exception {
    HttpResponse<String> order = api.get("api/my/orders/" + number, buyer);
    assertThat(order.statusCode()).isEqualTo(200);
    return json(order.body()).getString("state");
  }

  /**
   * Several people's pages asked for at once are each answered for her, never with a 403: her
   * session hands the container her name and roles itself (SignInMechanism.SignedIn). With Jakarta
   * Security's @AutoApplySession, Payara now and then lost the roles under such load (about 4
   * requests in 100 here; Payara issue #6145).
   */
  @Test
  void severalPeoplesPagesAskedForAtOnceAreEachAnsweredForHer() throws Exception {
    String treasurer;
    try (Connection c = Fixtures.connect()) {
      treasurer = Fixtures.treasurer(c, tag + "t");
    }
    List<String[]> people = List.of(new String[] {shopper, "account/orders.xhtml", session(shopper, "account/orders.xhtml")},
        new String[] {group.producerUsername(), "producer/sales.xhtml", session(group.producerUsername(), "producer/sales.xhtml")},
        new String[] {treasurer, "treasurer/journal.xhtml", session(treasurer, "treasurer/journal.xhtml")});
    java.util.concurrent.ExecutorService askers = java.util.concurrent.Executors.newFixedThreadPool(30);
    try {
      List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 450; i++) {
        String[] person = people.get(i % people.size());
        answers.add(askers.submit(() -> {
          HttpResponse<String> page = get(person[1], person[2], null);
          return page.statusCode() + " " + person[0] + (page.body().contains("id=\"signed-in-as\">" + person[0] + "<") ? "" : " as someone else");
        }));
      }
      List<String> wrong = new java.util.ArrayList<>();
      for (var answer : answers) {
        String said = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!said.startsWith("200 ") || said.endsWith("someone else")) {
          wrong.add(said);
        }
      }
      assertThat(wrong).as("answers other than her own page").isEmpty();
    } finally {
      askers.shutdownNow();
    }
  }

  @Test
  void aSignedInViewOfAPageWithoutAFormOfItsOwnKeepsNoStateInTheSession() throws Exception {
    String mine = session(shopper, "account/orders.xhtml");
    for (String page : List.of("account/orders.xhtml", "catalog/product.xhtml?id=" + group.productIds().get(0), "catalog/?q=" + tag)) {
      HttpResponse<String> view = get(page, mine, null);
      assertThat(view.statusCode()).isEqualTo(200);
      assertThat(view.body()).as(page).contains("id=\"signed-in-as\">" + shopper + "<")
          // signing out is a plain post (no Faces form in the header), so the view is stateless: nothing is put in the session
          .containsPattern("action=\"[^\"]*/logout\"").doesNotContain("jakarta.faces.ViewState");
      assertThat(view.headers().allValues("Set-Cookie")).as(page + " sets no cookie").isEmpty();
    }
  }

  @Test
  void signingOutIsAPostFromTheShopsOwnPagesOnly() throws Exception {
    String mine = session(shopper, "account/orders.xhtml");
    HttpResponse<String> forged = http.send(HttpRequest.newBuilder(base.resolve("logout")).header("Cookie", mine).header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(get("account/orders.xhtml", mine, null).body()).contains("id=\"signed-in-as\">" + shopper + "<");

    String origin = base.getScheme() + "://" + base.getAuthority();
    HttpResponse<String> out = http.send(HttpRequest.newBuilder(base.resolve("logout")).header("Cookie", mine).header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(get("catalog/?q=" + tag, mine, null).body()).doesNotContain("signed-in-as").contains("id=\"nav-login\"");
  }

  /** Places an order of these variants and units for the shopper through the API, as a script would; its number. */
  private String placeOrder(String buyer, Map<Long, Integer> lines) throws Exception {
    return checkout(buyer, lines).getString("number");
  }

  /** The same, answered as the API answers it: the order's number, state and the token of its guest link. */
  private jakarta.json.JsonObject checkout(String buyer, Map<Long, Integer> lines) throws Exception {
    String items = lines.entrySet().stream().map(l -> "{\"variantId\":" + l.getKey() + ",\"quantity\":" + l.getValue() + "}")
        .collect(java.util.stream.Collectors.joining(","));
    String body = "{\"lines\":[" + items + "],\"recipient\":\"สมศรี ใจดี\",\"phone\":\"0812345678\",\"addressLine\":\"99 หมู่ 3 ถนนช้างเผือก\","
        + "\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\",\"email\":\"" + buyer + "@example.org\"}";
    HttpResponse<String> placed = new Api(base).post("api/checkout", body, buyer);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    return json(placed.body());
  }

  /** A session signed in once with HTTP Basic, as the cookies a browser would send back. */
  private String session(String username, String page) throws Exception {
    HttpResponse<String> signingIn = get(page, null, basic(username));
    assertThat(signingIn.body()).contains("id=\"signed-in-as\">" + username + "<");
    return signingIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).collect(java.util.stream.Collectors.joining("; "));
  }

  /** The SELECTs MariaDB runs for a view of the page with this session, over 20 views. */
  private double selectsPerView(String name, String page, String session) throws Exception {
    long before = selects();
    for (int i = 0; i < 20; i++) {
      assertThat(get(page, session, null).statusCode()).isEqualTo(200);
    }
    double perView = (selects() - before) / 20.0;
    System.out.printf("%s, signed in: %.2f SELECTs a view%n", name, perView);
    return perView;
  }

  /** SELECTs MariaDB has run so far (every connection's). */
  private static long selects() throws Exception {
    try (Connection c = Fixtures.connect(); java.sql.ResultSet status = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
      status.next();
      return status.getLong(2);
    }
  }

  /** The addresses of the scripts, stylesheets and images a page links (its own, not other pages). */
  private static java.util.List<String> linked(String html) {
    java.util.List<String> addresses = new java.util.ArrayList<>();
    java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(?:script|img)[^>]*\\ssrc=\"(/[^\"]+)\"|<link[^>]*rel=\"(?:stylesheet|icon)\"[^>]*href=\"(/[^\"]+)\"|<link[^>]*href=\"(/[^\"]+)\"[^>]*rel=\"(?:stylesheet|icon)\"").matcher(html);
    while (tags.find()) {
      String address = tags.group(1) != null ? tags.group(1) : tags.group(2) != null ? tags.group(2) : tags.group(3);
      addresses.add(address.replace("&amp;", "&"));
    }
    return addresses;
  }

  // --- sharing and search: descriptions, previews of shared links, JSON-LD, the sitemap, icons ---

  private static Group sharing;

  /** A group of its own: a bag on sale, a hidden product, one named to break out of a script, and chili paste whose shelf empties. */
  private static Group sharingGroup() throws Exception {
    if (sharing == null) {
      try (Connection c = Fixtures.connect()) {
        sharing = Fixtures.group(c, tag, 3, "กลุ่มแบ่งปัน" + tag, "Sharing Group " + tag,
            product("HANDICRAFT", "ย่ามแบ่งปัน" + tag, "Shared shoulder bag " + tag, 25000, 5),
            Fixtures.hidden("HANDICRAFT", "ของซ่อน" + tag, "Hidden thing " + tag, 10000, 5),
            product("HANDICRAFT", "ผ้า </script>\"แหก\" " + tag, "Cloth </script><script>alert(1)</script> \"quoted\" & 'it' " + tag, 12050, 2),
            product("PROCESSED_FOOD", "น้ำพริกหมด" + tag, "Chili paste running out " + tag, 6500, 1));
      }
    }
    return sharing;
  }

  @Test
  void everyPageHasExactlyOneShortDescriptionInItsLanguage() throws Exception {
    Group g = sharingGroup();
    String product = "catalog/product.xhtml?id=" + g.productIds().get(0);
    List<String> pages = List.of("", "catalog/", "groups/", product, "groups/group.xhtml?id=" + g.id(), "login.xhtml", "register.xhtml", "cart/",
        "catalog/product.xhtml?id=999999999");
    Map<String, String> thai = new java.util.HashMap<>();
    for (String language : List.of("th", "en")) {
      for (String page : pages) {
        String html = get(page, "fairshare-lang=" + language, null).body();
        List<String> descriptions = metas(html, "name", "description");
        assertThat(descriptions).as(language + " " + page).hasSize(1);
        assertThat(descriptions.get(0)).as(language + " " + page).isNotBlank().hasSizeLessThanOrEqualTo(160);
        if (language.equals("th")) {
          thai.put(page, descriptions.get(0));
        } else if (!page.equals(product)) {
          assertThat(descriptions.get(0)).as("English is not Thai: " + page).isNotEqualTo(thai.get(page));
        }
      }
    }
    assertThat(thai.get(product)).isEqualTo("ย่ามแบ่งปัน" + tag + " ทำด้วยมือ");
    assertThat(metas(get(product, "fairshare-lang=en", null).body(), "name", "description")).containsExactly("Shared shoulder bag " + tag + ", made by hand");
    assertThat(thai.get("")).isNotEqualTo(thai.get("catalog/")).isNotEqualTo(thai.get("groups/"));
    // a signed-in page has the default one
    assertThat(metas(get("account/orders.xhtml", null, basic(shopper)).body(), "name", "description")).hasSize(1);
  }

  @Test
  void aSharedProductLinkShowsItsNamePriceAndAbsoluteAddressAndItsPictureOnceItHasOne() throws Exception {
    Group g = sharingGroup();
    long bag = g.productIds().get(0);
    String page = "catalog/product.xhtml?id=" + bag;
    String html = get(page, null, null).body();
    assertThat(meta(html, "og:type")).isEqualTo("product");
    assertThat(meta(html, "og:title")).isEqualTo("ย่ามแบ่งปัน" + tag);
    assertThat(meta(html, "og:url")).isEqualTo(base + page).startsWith("http://localhost:");
    assertThat(meta(html, "og:locale")).isEqualTo("th_TH");
    assertThat(meta(html, "og:description")).isEqualTo("ย่ามแบ่งปัน" + tag + " ทำด้วยมือ");
    assertThat(meta(html, "product:price:amount")).isEqualTo("250.00");
    assertThat(meta(html, "product:price:currency")).isEqualTo("THB");
    assertThat(metas(html, "name", "twitter:card")).containsExactly("summary");
    assertThat(metas(html, "property", "og:image")).as("no picture yet").isEmpty();
    assertThat(html).contains("<link rel=\"canonical\" href=\"" + base + page + "\"");
    String english = get(page, "fairshare-lang=en", null).body();
    assertThat(meta(english, "og:locale")).isEqualTo("en_US");
    assertThat(meta(english, "og:title")).isEqualTo("Shared shoulder bag " + tag);

    Api api = new Api(base);
    Api.json(api.postBytes("api/my/products/" + bag + "/photos", coop.fairshare.catalog.TestImages.jpeg(900, 600), "image/jpeg", g.producerUsername()), 201);
    // the page just seen is kept 300 s in the tests; another address of it is rendered afresh
    String withPhoto = get(page + "&photo=1", null, null).body();
    String image = meta(withPhoto, "og:image");
    assertThat(image).startsWith(base + "photos/").endsWith("/display.jpg");
    assertThat(meta(withPhoto, "og:image:width")).isEqualTo("900");
    assertThat(metas(withPhoto, "name", "twitter:card")).containsExactly("summary_large_image");
    assertThat(metas(withPhoto, "name", "twitter:image")).containsExactly(image);
    HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(URI.create(image)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(json(jsonLd(withPhoto)).getJsonArray("image").getString(0)).isEqualTo(image);

    // the group's page shares its story and the picture of its first product that has one
    String group = get("groups/group.xhtml?id=" + g.id() + "&photo=1", null, null).body();
    assertThat(meta(group, "og:url")).isEqualTo(base + "groups/group.xhtml?id=" + g.id());
    assertThat(meta(group, "og:title")).isEqualTo("กลุ่มแบ่งปัน" + tag);
    assertThat(meta(group, "og:image")).isEqualTo(image);
    jakarta.json.JsonObject organization = json(jsonLd(group));
    assertThat(organization.getString("@type")).isEqualTo("Organization");
    assertThat(organization.getString("url")).isEqualTo(base + "groups/group.xhtml?id=" + g.id());
  }

  @Test
  void theProductsJsonLdHasItsPriceInBahtAndItsAvailabilityFollowsTheShelf() throws Exception {
    Group g = sharingGroup();
    long chili = g.productIds().get(3);
    String page = "catalog/product.xhtml?id=" + chili;
    jakarta.json.JsonObject product = json(jsonLd(get(page, null, null).body()));
    assertThat(product.getString("@context")).isEqualTo("https://schema.org");
    assertThat(product.getString("@type")).isEqualTo("Product");
    assertThat(product.getString("name")).isEqualTo("น้ำพริกหมด" + tag);
    assertThat(product.getString("sku")).isEqualTo(g.skus().get(3));
    assertThat(product.getString("url")).isEqualTo(base + page);
    assertThat(product.getJsonObject("brand").getString("name")).isEqualTo("กลุ่มแบ่งปัน" + tag);
    jakarta.json.JsonObject offer = product.getJsonObject("offers");
    assertThat(offer.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("65.00");
    assertThat(offer.getString("priceCurrency")).isEqualTo("THB");
    assertThat(offer.getString("availability")).isEqualTo("https://schema.org/InStock");

    Api.json(new Api(base).put("api/my/products/" + chili + "/stock", "{\"stock\": 0}", g.producerUsername()), 200);
    jakarta.json.JsonObject sold = json(jsonLd(get(page + "&after=count", null, null).body()));
    assertThat(sold.getJsonObject("offers").getString("availability")).isEqualTo("https://schema.org/OutOfStock");
  }

  @Test
  void aProductNamedToCloseTheScriptStaysInsideItsJsonAndItsTags() throws Exception {
    Group g = sharingGroup();
    String name = "Cloth </script><script>alert(1)</script> \"quoted\" & 'it' " + tag;
    String html = get("catalog/product.xhtml?id=" + g.productIds().get(2), "fairshare-lang=en", null).body();
    assertThat(json(jsonLd(html)).getString("name")).isEqualTo(name);
    assertThat(meta(html, "og:title")).isEqualTo(name);
    assertThat(html).doesNotContain("<script>alert(1)");
    String thai = get("catalog/product.xhtml?id=" + g.productIds().get(2), null, null).body();
    assertThat(json(jsonLd(thai)).getString("name")).isEqualTo("ผ้า </script>\"แหก\" " + tag);
    assertThat(json(jsonLd(thai)).getJsonObject("offers").getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("120.50");
  }

  @Test
  void theSitemapListsTheShopsPagesWhatIsOnSaleAndEveryGroupButNothingHidden() throws Exception {
    Group g = sharingGroup();
    HttpResponse<String> sitemap = get("sitemap.xml", null, null);
    assertThat(sitemap.statusCode()).isEqualTo(200);
    assertThat(sitemap.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
    assertThat(sitemap.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("max-age=");
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8)));
    String namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(namespace);
    org.w3c.dom.NodeList locs = xml.getElementsByTagNameNS(namespace, "loc");
    List<String> urls = new java.util.ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    assertThat(urls).contains(base.toString(), base + "catalog/", base + "groups/", base + "catalog/product.xhtml?id=" + g.productIds().get(0),
        base + "catalog/product.xhtml?id=" + group.productIds().get(0), base + "groups/group.xhtml?id=" + g.id(), base + "groups/group.xhtml?id=" + group.id());
    assertThat(urls).doesNotContain(base + "catalog/product.xhtml?id=" + g.productIds().get(1)).allMatch(url -> url.startsWith(base.toString()));
    HttpResponse<String> robots = get("robots.txt", null, null);
    assertThat(robots.body()).contains("Sitemap: " + base + "sitemap.xml");
  }

  @Test
  void theSitemapOfTenThousandProductsIsOneQuickAnswer() throws Exception {
    long many;
    try (Connection c = Fixtures.connect()) {
      many = Fixtures.group(c, tag, 4, "กลุ่มหมื่นชิ้น" + tag, "Ten Thousand Group " + tag).id();
      // one statement each, from MariaDB's sequence tables: ten thousand products on sale with their shelves
      Fixtures.update(c, "INSERT INTO product (sku, group_id, category, name_th, name_en, description_th, description_en, price_satang, weight_grams, active, featured, search_text)"
          + " SELECT CONCAT('M', ?, '-', seq), ?, 'HANDICRAFT', CONCAT('ผ้า ', seq), CONCAT('Cloth ', seq), 'ผ้าทอ', 'Woven', 10000, 200, TRUE, FALSE, CONCAT('cloth ', seq)"
          + " FROM seq_1_to_10000", tag, many);
      Fixtures.update(c, "INSERT INTO product_variant (product_id, code, label_th, label_en, stock) SELECT id, 'STD', 'มาตรฐาน', 'Standard', 1 FROM product WHERE group_id = ?", many);
      Fixtures.searchGrams(c, many);
    }
    // another address of the shop (127.0.0.1, not localhost): a sitemap of its own, not the copy kept for the other
    URI other = URI.create(base.toString().replace("//localhost:", "//127.0.0.1:"));
    long started = System.nanoTime();
    HttpResponse<String> sitemap = http.send(HttpRequest.newBuilder(other.resolve("sitemap.xml")).GET().build(), HttpResponse.BodyHandlers.ofString());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(sitemap.statusCode()).isEqualTo(200);
    long products = sitemap.body().lines().filter(line -> line.contains("/catalog/product.xhtml?id=")).count();
    assertThat(products).isGreaterThanOrEqualTo(10_000);
    assertThat(sitemap.body()).contains("<loc>" + other + "groups/group.xhtml?id=" + many + "</loc>");
    System.out.printf("sitemap of %d products: %d ms, %d bytes%n", products, millis, sitemap.body().length());
    assertThat(millis).as("one query of ids, not one per product").isLessThan(3000);
  }

  @Test
  void theAppIconsAndTheManifestAreServedWithTheirTypesAndSizes() throws Exception {
    String html = get("", null, null).body();
    assertThat(html).contains("rel=\"manifest\"").contains("manifest.webmanifest").contains("rel=\"apple-touch-icon\"");
    assertThat(metas(html, "name", "theme-color")).hasSize(1);
    HttpResponse<String> manifest = get("manifest.webmanifest", null, null);
    assertThat(manifest.statusCode()).isEqualTo(200);
    assertThat(manifest.headers().firstValue("Content-Type").orElse("")).startsWith("application/manifest+json");
    jakarta.json.JsonObject app = json(manifest.body());
    assertThat(app.getString("name")).isEqualTo("Fairshare");
    List<String> sizes = new java.util.ArrayList<>();
    for (jakarta.json.JsonObject icon : app.getJsonArray("icons").getValuesAs(jakarta.json.JsonObject.class)) {
      HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(base.resolve("manifest.webmanifest").resolve(icon.getString("src"))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(file.statusCode()).as(icon.getString("src")).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElse("")).as(icon.getString("src")).startsWith(icon.getString("type"));
      if (icon.getString("type").equals("image/png")) {
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file.body()));
        assertThat(png.getWidth() + "x" + png.getHeight()).as(icon.getString("src")).isEqualTo(icon.getString("sizes"));
        sizes.add(icon.getString("sizes") + " " + icon.getString("purpose"));
      }
    }
    assertThat(sizes).contains("192x192 any", "512x512 any", "512x512 maskable");
    HttpResponse<byte[]> apple = http.send(HttpRequest.newBuilder(base.resolve("apple-touch-icon.png")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(apple.headers().firstValue("Content-Type")).hasValue("image/png");
    java.awt.image.BufferedImage touch = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(apple.body()));
    assertThat(touch.getWidth()).isEqualTo(180);
    assertThat(touch.getHeight()).isEqualTo(180);
  }

  @Test
  void aVisitorNamingAnotherHostCannotPlantItsAddressInOthersCopyOfAPage() throws Exception {
    String page = "catalog/product.xhtml?id=" + sharingGroup().productIds().get(0) + "&host=other";
    String planted = RawHttp.getWithHost(base, page, "evil.example");
    assertThat(planted).startsWith("HTTP/1.1 200").contains("content=\"http://evil.example" + base.getPath() + "catalog/product.xhtml");
    HttpResponse<String> visitor = get(page, null, null);
    assertThat(visitor.headers().firstValue(CACHE)).as("the other host's copy is its own").hasValue("miss");
    assertThat(meta(visitor.body(), "og:url")).startsWith(base.toString());
    assertThat(visitor.body()).doesNotContain("evil.example");
    assertThat(get(page, null, null).headers().firstValue(CACHE)).hasValue("hit");
  }

  /** The content of every {@code <meta>} whose attribute ({@code name} or {@code property}) is {@code key}, unescaped. */
  private static List<String> metas(String html, String attribute, String key) {
    java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<meta\\s[^>]*>").matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (tags.find()) {
      String tag = tags.group();
      if (tag.contains(attribute + "=\"" + key + "\"")) {
        java.util.regex.Matcher content = java.util.regex.Pattern.compile("content=\"([^\"]*)\"").matcher(tag);
        found.add(content.find() ? unescape(content.group(1)) : null);
      }
    }
    return found;
  }

  /** The one Open Graph tag of that property. */
  private static String meta(String html, String property) {
    List<String> values = metas(html, "property", property);
    assertThat(values).as(property).hasSize(1);
    return values.get(0);
  }

  private static String unescape(String attribute) {
    java.util.regex.Matcher numeric = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(attribute);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      numeric.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16))));
    }
    numeric.appendTail(out);
    return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
  }

  /** The page's one JSON-LD block, as it stands between its script tags. */
  private static String jsonLd(String html) {
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", java.util.regex.Pattern.DOTALL).matcher(html);
    assertThat(block.find()).as("a JSON-LD block").isTrue();
    String json = block.group(1);
    assertThat(block.find()).as("only one JSON-LD block").isFalse();
    return json;
  }

  private static jakarta.json.JsonObject json(String text) {
    return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
  }

  private HttpResponse<String> get(String path, String cookie, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String username) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** A form's fields as a browser sends a multipart form. */
  private static String multipartForm(String boundary, String[][] fields) {
    StringBuilder body = new StringBuilder();
    for (String[] field : fields) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    return body.append("--").append(boundary).append("--\r\n").toString();
  }
}
