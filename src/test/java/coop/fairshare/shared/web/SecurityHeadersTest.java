package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void personalAnswersAreNeverStored() {
    assertThat(SecurityHeaders.noStore("/api/products", false)).as("every API answer").isTrue();
    assertThat(SecurityHeaders.noStore("/api/orders/FS-1", false)).isTrue();
    assertThat(SecurityHeaders.noStore("/orders/order.xhtml", false)).as("a guest's order page").isTrue();
    assertThat(SecurityHeaders.noStore("/checkout/index.xhtml", false)).isTrue();
    assertThat(SecurityHeaders.noStore("/welfare/donation.xhtml", false)).as("a donor's gift and receipt, by its secret link").isTrue();
    assertThat(SecurityHeaders.noStore("/catalog/", true)).as("signed in").isTrue();
    assertThat(SecurityHeaders.noStore("/treasurer/index.xhtml", true)).isTrue();
  }

  @Test
  void publicPagesResourcesAndPhotosKeepTheirOwnCaching() {
    assertThat(SecurityHeaders.noStore("/catalog/", false)).isFalse();
    assertThat(SecurityHeaders.noStore("/", false)).isFalse();
    assertThat(SecurityHeaders.noStore("/welfare/donate.xhtml", false)).as("the donation page itself is public").isFalse();
    assertThat(SecurityHeaders.noStore("/jakarta.faces.resource/core.js.xhtml", true)).isFalse();
    assertThat(SecurityHeaders.noStore("/photos/0123456789abcdef0123456789abcdef/thumb.jpg", true)).isFalse();
  }

  @Test
  void thePolicyLoadsNothingFromAnotherSiteAndForbidsFraming() {
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
        .contains("form-action 'self'").doesNotContain("*").doesNotContain("http:").doesNotContain("https:");
  }
}
