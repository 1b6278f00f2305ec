package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimeFacesHeadTest {

  @Test
  void aPageWhoseComponentsAskForNoPrimeFacesResourceGoesWithoutIt() {
    assertThat(PrimeFacesHead.asksForPrimeFaces(List.of())).isFalse();
    assertThat(PrimeFacesHead.asksForPrimeFaces(List.of(resource("themes", "fairshare/fairshare.css")))).isFalse();
    // what the template and PrimeFaces' head add on every page are no sign of use
    assertThat(PrimeFacesHead.asksForPrimeFaces(List.of(resource("primefaces", "primeicons/primeicons.css"), resource("primefaces", "locales/locale-th.js")))).isFalse();
  }

  @Test
  void aPrimeFacesComponentsScriptsOrStylesMarkThePageAsUsingIt() {
    assertThat(PrimeFacesHead.asksForPrimeFaces(List.of(resource("themes", "fairshare/fairshare.css"), resource("primefaces", "components.css")))).isTrue();
    assertThat(PrimeFacesHead.asksForPrimeFaces(List.of(resource("primefaces", "jquery/jquery.js")))).isTrue();
  }

  private static Map<String, Object> resource(String library, String name) {
    return Map.of("library", library, "name", name);
  }
}
