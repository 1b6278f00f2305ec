package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageSwitchTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/catalog/?q=x", "/catalog/product.xhtml?id=12#food", "/groups/?q=ผ้าไหม", "/treasurer/index.xhtml"})
  void keepsAPathInsideThisSite(String back) {
    assertThat(LanguageSwitch.safeLocalPath(back)).isEqualTo(back);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "http://evil.example",
        "https://evil.example/catalog/",
        "//evil.example",
        "//evil.example/catalog/",
        "/\\evil.example",
        "\\\\evil.example",
        "/catalog/\\..\\",
        "catalog/",
        "javascript:alert(1)",
        "/catalog/\r\nSet-Cookie: lang=en",
        "/catalog/\nLocation: http://evil.example",
        "/catalog/\r"
      })
  void sendsEverythingElseHome(String back) {
    assertThat(LanguageSwitch.safeLocalPath(back)).isEqualTo("/");
  }

  @Test
  void usesTheGivenFallbackForAnUnsafeValue() {
    assertThat(LanguageSwitch.safeLocalPathOr("//evil.example", "/producer/products.xhtml")).isEqualTo("/producer/products.xhtml");
    assertThat(LanguageSwitch.safeLocalPathOr(null, "/producer/products.xhtml")).isEqualTo("/producer/products.xhtml");
    assertThat(LanguageSwitch.safeLocalPathOr("/catalog/", "/producer/products.xhtml")).isEqualTo("/catalog/");
  }

  @Test
  void sendsAPathHidingAnotherHostBehindATabHome() {
    assertThat(LanguageSwitch.safeLocalPath("/\t/evil.example")).isEqualTo("/");
  }
}
