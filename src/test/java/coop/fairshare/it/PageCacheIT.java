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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The anonymous page cache from the outside: what an anonymous visitor gets twice is one render,
 * what a signed-in shopper gets is always her own page, each language has its own copy, and a
 * form sent is never answered from the cache.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheIT {

  private static final String CACHE = "X-Fairshare-Cache";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource
  private URL deployed;

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
  void aSignedInShopperIsNeverServedTheCachedPageAndSeesHerName() throws Exception {
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

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> signedIn = get(page, session, null);
      assertThat(signedIn.headers().firstValue(CACHE)).hasValue("bypass");
      assertThat(signedIn.body()).contains("id=\"signed-in-as\">" + shopper + "<").doesNotContain("id=\"nav-login\"");
    }
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
}
