package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void aRequestNamingOurOwnOriginIsAllowedWithItsSessionCookie() {
    assertThat(SameOrigin.permits("http://localhost:8080", null, "localhost:8080", true, false)).isTrue();
    assertThat(SameOrigin.permits(null, "http://localhost:8080/account/orders.xhtml", "localhost:8080", true, false)).isTrue();
    assertThat(SameOrigin.permits("https://shop.example", null, "shop.example:443", true, false)).isTrue();
    assertThat(SameOrigin.permits("http://SHOP.example:80", null, "shop.example", true, false)).isTrue();
  }

  @Test
  void anotherSiteIsRefusedWhateverElseTheRequestCarries() {
    assertThat(SameOrigin.permits("https://evil.example", null, "localhost:8080", true, false)).isFalse();
    assertThat(SameOrigin.permits("https://evil.example", null, "localhost:8080", false, true)).isFalse();
    assertThat(SameOrigin.permits(null, "https://evil.example/page", "localhost:8080", true, false)).isFalse();
    assertThat(SameOrigin.permits("http://localhost:8081", null, "localhost:8080", true, false)).isFalse();
    assertThat(SameOrigin.permits("http://localhost.evil.example:8080", null, "localhost:8080", true, false)).isFalse();
    assertThat(SameOrigin.permits("null", null, "localhost:8080", true, false)).isFalse();
    assertThat(SameOrigin.permits("file:///etc", null, "localhost:8080", true, false)).isFalse();
    assertThat(SameOrigin.permits("http://localhost:8080", null, null, true, false)).isFalse();
    assertThat(SameOrigin.permits("http://bad host", null, "localhost:8080", true, false)).isFalse();
  }

  @Test
  void withoutOriginOrRefererOnlyScriptsPass() {
    assertThat(SameOrigin.permits(null, null, "localhost:8080", false, true)).as("HTTP Basic").isTrue();
    assertThat(SameOrigin.permits(null, null, "localhost:8080", true, true)).as("HTTP Basic with a cookie").isTrue();
    assertThat(SameOrigin.permits(null, null, "localhost:8080", false, false)).as("no session: nothing to ride on").isTrue();
    assertThat(SameOrigin.permits(null, null, "localhost:8080", true, false)).as("the session cookie alone").isFalse();
  }
}
