package coop.fairshare.shared.web;

import static coop.fairshare.shared.web.AnonymousPageCache.isCacheableRequest;
import static coop.fairshare.shared.web.AnonymousPageCache.isCacheableResponse;
import static coop.fairshare.shared.web.AnonymousPageCache.key;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.web.AnonymousPageCache.Page;
import coop.fairshare.shared.web.AnonymousPageCache.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnonymousPageCacheTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void onlyAnonymousGetAndHeadRequestsAreServedFromTheCache() {
    assertThat(isCacheableRequest("GET", false, null, false)).isTrue();
    assertThat(isCacheableRequest("HEAD", false, null, false)).isTrue();
    assertThat(isCacheableRequest("GET", false, "", false)).isTrue();
    assertThat(isCacheableRequest("POST", false, null, false)).as("a form sent").isFalse();
    assertThat(isCacheableRequest("PUT", false, null, false)).isFalse();
    assertThat(isCacheableRequest("GET", true, null, false)).as("anyone with a session").isFalse();
    assertThat(isCacheableRequest("GET", false, "Basic c2hvcHBlcjpzZWNyZXQ=", false)).as("credentials sent").isFalse();
    assertThat(isCacheableRequest("GET", false, null, true)).as("a message carried over a redirect for her").isFalse();
  }

  @Test
  void onlyAPlainHtmlPageThatLeftNoTraceOfTheVisitorIsKept() {
    assertThat(isCacheableResponse(200, "text/html;charset=UTF-8", false, false, null)).isTrue();
    assertThat(isCacheableResponse(200, "TEXT/HTML", false, false, "max-age=0")).isTrue();
    assertThat(isCacheableResponse(200, "text/html;charset=UTF-8", false, true, null)).as("a session was opened").isFalse();
    assertThat(isCacheableResponse(200, "text/html;charset=UTF-8", true, false, null)).as("a cookie was set").isFalse();
    assertThat(isCacheableResponse(404, "text/html;charset=UTF-8", false, false, null)).isFalse();
    assertThat(isCacheableResponse(302, "text/html;charset=UTF-8", false, false, null)).isFalse();
    assertThat(isCacheableResponse(500, "text/html;charset=UTF-8", false, false, null)).isFalse();
    assertThat(isCacheableResponse(200, "application/json", false, false, null)).isFalse();
    assertThat(isCacheableResponse(200, null, false, false, null)).isFalse();
    assertThat(isCacheableResponse(200, "text/html", false, false, "private")).isFalse();
    assertThat(isCacheableResponse(200, "text/html", false, false, "no-cache, no-store")).isFalse();
  }

  @Test
  void theKeyIsThePathTheQueryAndTheLanguage() {
    assertThat(key("/catalog/product.xhtml", "id=7", "th")).isNotEqualTo(key("/catalog/product.xhtml", "id=7", "en"));
    assertThat(key("/catalog/product.xhtml", "id=7", "th")).isNotEqualTo(key("/catalog/product.xhtml", "id=8", "th"));
    assertThat(key("/catalog/", null, "th")).isNotEqualTo(key("/catalog/", "", "th"));
    assertThat(key("/catalog/", null, "th")).isNotEqualTo(key("/catalog/index.xhtml", null, "th"));
    assertThat(key("", null, "th")).isEqualTo(key("/", null, "th"));
    assertThat(key("/catalog/", "q=ผ้า", "en")).isEqualTo(key("/catalog/", "q=ผ้า", "en"));
  }

  @Test
  void aPageIsFreshForItsTimeThenStaleForAsLongAgainThenGone() {
    Store store = new Store(10, 1 << 20);
    Page page = page(100, 10 * SECOND);
    store.put("th /", page);
    assertThat(store.get("th /", 9 * SECOND)).isSameAs(page);
    assertThat(page.freshAt(9 * SECOND)).isTrue();
    assertThat(page.freshAt(11 * SECOND)).isFalse();
    assertThat(store.get("th /", 11 * SECOND)).as("stale, still there for one more TTL").isSameAs(page);
    assertThat(store.get("th /", 21 * SECOND)).isNull();
    assertThat(store.size()).isZero();
    assertThat(store.bytes()).isZero();
  }

  @Test
  void theStoreStaysWithinItsCountAndItsBytes() {
    long now = System.nanoTime();
    Store byCount = new Store(3, 1 << 20);
    for (int i = 0; i < 10; i++) {
      byCount.put("th /p" + i, page(10, now + (i + 1) * SECOND));
    }
    assertThat(byCount.size()).isEqualTo(3);
    assertThat(byCount.get("th /p9", now)).as("the newest stay").isNotNull();
    assertThat(byCount.get("th /p0", now)).as("the soonest stale go first").isNull();

    Store byBytes = new Store(100, 1000);
    for (int i = 0; i < 10; i++) {
      byBytes.put("th /p" + i, page(300, now + (i + 1) * SECOND));
    }
    assertThat(byBytes.bytes()).isLessThanOrEqualTo(1000);
    assertThat(byBytes.size()).isEqualTo(3);

    byBytes.put("th /huge", page(5000, now + SECOND));
    assertThat(byBytes.get("th /huge", now)).as("larger than the whole store").isNull();

    byBytes.put("th /p9", page(100, now + 20 * SECOND));
    assertThat(byBytes.bytes()).isEqualTo(700);
  }

  @Test
  void manyThreadsPuttingAndGettingKeepTheBytesRight() throws Exception {
    Store store = new Store(50, 50 * 1000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < 5000; i++) {
          String key = "th /p" + ((i * 7 + thread) % 80);
          if (store.get(key, System.nanoTime()) == null) {
            store.put(key, page(500 + i % 700, System.nanoTime() + SECOND));
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (var f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long counted = 0;
    for (int i = 0; i < 80; i++) {
      Page page = store.get("th /p" + i, System.nanoTime());
      counted += page == null ? 0 : page.body().length;
    }
    assertThat(store.bytes()).isEqualTo(counted);
    assertThat(store.size()).isLessThanOrEqualTo(50);
  }

  private static Page page(int bytes, long expiresAt) {
    return new Page(new byte[bytes], "text/html;charset=UTF-8", "th", List.of(), expiresAt, 10 * SECOND);
  }

  @Test
  void someoneWithASessionGetsTheAnonymousCopyOnlyWhileItIsAsFreshAsHerPagesMustBe() {
    long now = 1_000 * SECOND;
    long personal = 2 * SECOND;
    // an anonymous copy is kept 300 s, rendered 1 s ago: fresh enough for her; 3 s ago: not
    Page young = new Page(new byte[1], "text/html", "th", List.of(), now - SECOND + 300 * SECOND, 300 * SECOND);
    Page old = new Page(new byte[2], "text/html", "th", List.of(), now - 3 * SECOND + 300 * SECOND, 300 * SECOND);
    Page shell = new Page(new byte[3], "text/html", "th", List.of(), now + SECOND, personal);
    Page staleShell = new Page(new byte[4], "text/html", "th", List.of(), now - 1, personal);
    assertThat(AnonymousPageCache.freshOf(young, personal, shell, now)).isSameAs(young);
    assertThat(AnonymousPageCache.freshOf(old, personal, shell, now)).isSameAs(shell);
    assertThat(AnonymousPageCache.freshOf(old, personal, staleShell, now)).isNull();
    assertThat(AnonymousPageCache.freshOf(null, personal, null, now)).isNull();
    // while another request renders its successor, a copy stale for less than its freshness is used
    assertThat(AnonymousPageCache.usableOf(old, personal, null, now)).isSameAs(old);
    Page older = new Page(new byte[5], "text/html", "th", List.of(), now - 5 * SECOND + 300 * SECOND, 300 * SECOND);
    assertThat(AnonymousPageCache.usableOf(older, personal, staleShell, now)).isSameAs(staleShell);
    Page deadShell = new Page(new byte[6], "text/html", "th", List.of(), now - personal, personal);
    assertThat(AnonymousPageCache.usableOf(older, personal, deadShell, now)).isNull();
  }
}
