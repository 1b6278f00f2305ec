package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page kept whole ({@link KeptPages}) is served to whoever's view gives the same key, with only the
 * template's marked parts hers: so the page itself may show nothing of who is looking, carry a Faces
 * form only in a stateless view (a view state kept in her session would be handed to others), and draw
 * everything it shows inside a part kept under the same key its bean gives ({@code shownKey}), which
 * {@link SharedPartsTest} holds to the figures.
 */
class KeptPagesTest {

  private static final Pattern VIEW = Pattern.compile("@KeptPage\\.View\\(\"([^\"]+)\"\\)\\s*public class (\\w+) implements KeptPage");
  private static final Pattern CACHE = Pattern.compile("<o:cache\\b[^>]*key=\"[^\"]*#\\{(\\w+)\\.shownKey\\}\"[^>]*>(.*?)</o:cache>", Pattern.DOTALL);
  private static final String STATELESS = "<ui:param name=\"keptWhole\" value=\"#{true}\"/>";
  private static final List<String> WHO_IS_LOOKING = List.of("sessionBar", "cartStore", "#{param", "param.", "sessionScope",
      "userPrincipal", "remoteUser", "security.", "isUserInRole", "flash", "o:cache key=\"\"");

  /**
   * What a page without view parameters shows outside its kept parts straight from its own address, as its bean reads it
   * (the address is in the page's key, so two views with the same key show the same): an order's number in its title.
   */
  private static final Map<String, Set<String>> ADDRESSED = Map.of("/orders/order.xhtml", Set.of("orderPage.n"));

  @Test
  void everyKeptPageShowsNothingOfWhoIsLookingAndDrawsWhatItShowsUnderItsBeansKey() throws Exception {
    List<String[]> kept = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher view = VIEW.matcher(Files.readString(source));
        while (view.find()) {
          kept.add(new String[] {view.group(1), view.group(2)});
        }
      }
    }
    assertThat(kept).extracting(k -> k[0]).contains("/producer/sales.xhtml", "/treasurer/journal.xhtml", "/account/orders.xhtml",
        "/cart/index.xhtml", "/producer/orders.xhtml", "/producer/products.xhtml", "/treasurer/orders.xhtml", "/treasurer/trial-balance.xhtml",
        "/orders/order.xhtml", "/treasurer/slips.xhtml");
    for (String[] page : kept) {
      String xhtml = Files.readString(Path.of("src/main/webapp" + page[0]));
      String bean = Character.toLowerCase(page[1].charAt(0)) + page[1].substring(1);
      assertThat(xhtml).as(page[0]).doesNotContain(WHO_IS_LOOKING.toArray(String[]::new));
      if (xhtml.contains("<h:form") || xhtml.contains("method=\"post\"")) {
        // a form's view state kept in her session would be handed to the next one: the view keeps none
        assertThat(xhtml).as(page[0] + " holds a form, so its view is stateless").contains(STATELESS);
        // a plain form would post without Faces' origin check (a script's form, as Stripe's card form, posts nothing here)
        assertThat(xhtml).as(page[0] + " posts only through Faces").doesNotContainPattern("<form[^>]*method=\"post\"");
      }
      Matcher cache = CACHE.matcher(xhtml);
      StringBuilder outside = new StringBuilder();
      int at = 0;
      while (cache.find()) {
        assertThat(cache.group(1)).as(page[0]).isEqualTo(bean);
        outside.append(xhtml, at, cache.start());
        at = cache.end();
      }
      assertThat(at).as(page[0] + " draws its figures in parts kept under its bean's shownKey").isPositive();
      outside.append(xhtml.substring(at));
      // outside those parts only the page's fixed texts: its title, heading, the books' menu, its view parameters or the
      // address's own parameters (and their values: the address is in the page's key), a button's action
      Set<String> parameters = new HashSet<>();
      Matcher bound = Pattern.compile("<f:viewParam [^>]*value=\"#\\{(" + bean + "\\.\\w+)\\}\"").matcher(xhtml);
      while (bound.find()) {
        parameters.add(bound.group(1));
      }
      Matcher expression = Pattern.compile("#\\{([^}]*)\\}").matcher(outside);
      while (expression.find()) {
        String used = expression.group(1);
        String before = outside.substring(Math.max(0, expression.start() - 60), expression.start());
        boolean viewParameter = used.startsWith(bean + ".") && before.contains("<f:viewParam");
        boolean action = used.matches(bean + "\\.\\w+") && before.endsWith(" action=\"");
        boolean addressed = ADDRESSED.getOrDefault(page[0], Set.of()).contains(used);
        assertThat(used.startsWith("msg[") || viewParameter || addressed || parameters.contains(used) || action || used.equals(bean + ".load") || used.equals("request.contextPath") || used.equals("true"))
            .as(page[0] + " shows #{" + used + "} outside its kept part").isTrue();
      }
    }
  }

  /** A view without metadata is asked for its key before Faces starts; one with parameters or a view action must go through Faces, which sets them. */
  @Test
  void onlyViewsWithoutParametersActionsOrEventsAreAskedBeforeFaces() throws Exception {
    for (String plain : List.of("/cart/index.xhtml", "/account/orders.xhtml", "/producer/orders.xhtml", "/producer/products.xhtml",
        "/treasurer/orders.xhtml", "/treasurer/trial-balance.xhtml", "/producer/sales.xhtml", "/treasurer/journal.xhtml", "/treasurer/slips.xhtml",
        "/orders/order.xhtml")) {
      assertThat(KeptPages.withoutMetadata(Files.readString(Path.of("src/main/webapp" + plain)))).as(plain).isTrue();
    }
    assertThat(KeptPages.withoutMetadata("<ui:define name=\"metadata\"><f:metadata><f:viewParam name=\"n\" value=\"#{p.n}\"/></f:metadata></ui:define>"))
        .isFalse();
    assertThat(KeptPages.withoutMetadata("<f:metadata><f:viewAction action=\"#{p.load}\"/></f:metadata>")).isFalse();
    assertThat(KeptPages.withoutMetadata("<ui:composition><ui:define name=\"content\"><f:event type=\"preRenderView\" listener=\"#{p.go}\"/>"))
        .isFalse();
    assertThat(KeptPages.withoutMetadata("<o:viewParam name=\"q\" value=\"#{p.q}\"/>")).isFalse();
    assertThat(KeptPages.withoutMetadata(null)).as("a page that cannot be read").isFalse();
  }
}
