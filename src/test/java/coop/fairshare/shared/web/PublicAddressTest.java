package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void theAddressARequestCameToLeavesOutTheSchemesOwnPort() {
    assertThat(PublicAddress.derived("http", "localhost", 8080, "")).isEqualTo("http://localhost:8080");
    assertThat(PublicAddress.derived("http", "shop.example", 80, "")).isEqualTo("http://shop.example");
    assertThat(PublicAddress.derived("https", "Shop.Example", 443, "/fairshare")).isEqualTo("https://shop.example/fairshare");
    assertThat(PublicAddress.derived("https", "shop.example", 8443, "")).isEqualTo("https://shop.example:8443");
    assertThat(PublicAddress.derived("http", "::1", 8080, "")).isEqualTo("http://[::1]:8080");
  }

  @Test
  void aHostThatCouldBreakOutOfALinkIsNotRepeated() {
    assertThat(PublicAddress.derived("http", "evil\"><script>", 80, "")).isEqualTo("http://localhost");
    assertThat(PublicAddress.derived("http", "a b", 80, "")).isEqualTo("http://localhost");
    assertThat(PublicAddress.derived("javascript", "shop.example", 80, "")).isEqualTo("http://shop.example");
  }

  @Test
  void theConfiguredAddressIsTakenWithoutItsTrailingSlash() {
    assertThat(PublicAddress.normalised("https://shop.fairshare.coop/")).hasValue("https://shop.fairshare.coop");
    assertThat(PublicAddress.normalised(" https://Example.org:8443/shop// ")).hasValue("https://example.org:8443/shop");
    assertThat(PublicAddress.normalised("http://example.org")).hasValue("http://example.org");
  }

  @Test
  void aConfiguredAddressThatIsNoAbsoluteWebAddressIsIgnored() {
    assertThat(PublicAddress.normalised("")).isEmpty();
    assertThat(PublicAddress.normalised(null)).isEmpty();
    assertThat(PublicAddress.normalised("shop.fairshare.coop")).isEmpty();
    assertThat(PublicAddress.normalised("ftp://example.org")).isEmpty();
    assertThat(PublicAddress.normalised("https://example.org/?a=1")).isEmpty();
    assertThat(PublicAddress.normalised("https://user:pw@example.org")).isEmpty();
    assertThat(PublicAddress.normalised("https://exa mple.org")).isEmpty();
  }
}
