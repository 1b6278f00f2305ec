package coop.fairshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.launcher.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MariaDB goes away (killed, restarting) under a running shop: pages and the API answer 503 with a
 * Retry-After and a friendly text, never a 500 or a stack trace; once MariaDB is back the shop
 * answers again by itself.
 */
@ExtendWith(SharedApp.class)
class DatabaseOutageIT {

  private final URL deployed = SharedApp.address();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void whileMariaDbIsDownPagesAndTheApiAnswer503WithRetryAfterAndTheShopHealsWhenItIsBack() throws Exception {
    URI base = Deployments.onLoopback(deployed);
    assertThat(get(base, "api/products?q=" + Fixtures.tag(), "application/json").statusCode()).isEqualTo(200);
    String shopper;
    try (java.sql.Connection c = Fixtures.connect()) {
      shopper = Fixtures.shopper(c, Fixtures.tag());
    }
    Api api = new Api(base);
    assertThat(api.get("api/my/orders", shopper).statusCode()).isEqualTo(200);

    TestDatabase.stopServer();
    try {
      HttpResponse<String> products = get(base, "api/products?q=" + Fixtures.tag(), "application/json");
      assertThat(products.statusCode()).as(products.body()).isEqualTo(503);
      assertThat(products.headers().firstValue("Retry-After")).isPresent();
      assertThat(products.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(products.body()).contains("\"code\":\"error.busy\"").doesNotContain("Exception").doesNotContain("SQL").doesNotContain("java.");

      // a page no cache can answer (its query is new), in Thai by default
      HttpResponse<String> page = get(base, "catalog/?q=" + Fixtures.tag(), "text/html");
      assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertThat(page.body()).contains("ระบบไม่ว่างชั่วครู่").doesNotContain("Exception").doesNotContain("SQL");

      assertThat(get(base, "/health/ready", "application/json").statusCode()).as("readiness says so too").isEqualTo(503);

      // a script signing in with Basic is told "busy", not "wrong password" and not a 500
      HttpResponse<String> signedIn = api.get("api/my/orders", shopper);
      assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(503);
      assertThat(signedIn.body()).contains("\"code\":\"error.busy\"");
    } finally {
      TestDatabase.startServerAgain();
    }

    Instant deadline = Instant.now().plusSeconds(60);
    int status = 0;
    while (Instant.now().isBefore(deadline) && status != 200) {
      status = get(base, "api/products?q=" + Fixtures.tag(), "application/json").statusCode();
      if (status != 200) {
        Thread.sleep(500);
      }
    }
    assertThat(status).as("the shop answers again once MariaDB is back").isEqualTo(200);
    assertThat(get(base, "catalog/?q=" + Fixtures.tag(), "text/html").statusCode()).isEqualTo(200);
    assertThat(api.get("api/my/orders", shopper).statusCode()).as("signing in works again").isEqualTo(200);
  }

  private HttpResponse<String> get(URI base, String path, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
