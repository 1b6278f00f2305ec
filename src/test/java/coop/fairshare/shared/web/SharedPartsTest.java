package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parts of pages kept for everyone ({@code <o:cache>}, see {@link SharedParts}) can never show
 * one visitor another's data or an old page for longer than the anonymous cache promises: each is
 * kept in the application's cache for {@code sharedParts.seconds}, under a key with the language, and
 * holds nothing of the visitor (who she is, her session, her cart) and no Faces form. A part of a
 * signed-in page is kept instead under a {@link DataKey} of what it shows, from its page's
 * {@code shownKey}, for {@code sharedParts.dataSeconds}, from the second time those figures are
 * asked for ({@link SharedParts#keeps}); it too holds nothing of
 * who is looking, and none holds a Faces form.
 */
class SharedPartsTest {

  private static final Pattern DATA_KEY = Pattern.compile("key=\"([a-z-]+):#\\{language.code\\}:#\\{([a-zA-Z]+Page)\\.shownKey\\}\"");
  private static final Pattern CACHE = Pattern.compile("<o:cache\\b([^>]*)>(.*?)</o:cache>", Pattern.DOTALL);
  private static final List<String> PERSONAL = List.of("<h:form", "sessionBar", "cartStore", "cartRefusal", "#{param", "param.", "sessionScope",
      "userPrincipal", "remoteUser", "security.", "myOrders", "claimForm", "flash");

  private static final List<String> WHO_IS_LOOKING = List.of("<h:form", "sessionBar", "cartStore", "cartRefusal", "#{param", "param.", "sessionScope",
      "userPrincipal", "remoteUser", "security.", "isUserInRole", "flash");

  @Test
  void everyKeptPartIsTheSameForEveryoneAndKeptNoLongerThanTheAnonymousPage() throws Exception {
    List<String> parts = new ArrayList<>();
    List<String> dataKeyed = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher cache = CACHE.matcher(Files.readString(page));
        while (cache.find()) {
          String where = page + ": " + cache.group(1).strip();
          parts.add(where);
          String attributes = cache.group(1);
          assertThat(attributes).as(where).contains("scope=\"application\"").containsPattern("key=\"[a-z-]+:#\\{language.code\\}:");
          if (attributes.contains("#{sharedParts.dataSeconds}")) {
            dataKeyed.add(where);
            Matcher key = DATA_KEY.matcher(attributes);
            assertThat(key.find()).as(where + " is keyed by its page's shownKey").isTrue();
            // kept only from the second time its figures are asked for, under the same name and figures as its key
            assertThat(attributes).as(where).containsPattern("disabled=\"#\\{[^\"]*not sharedParts\\.keeps\\('" + key.group(1) + "', " + key.group(2) + "\\.shownKey\\)\\}\"");
          } else {
            assertThat(attributes).as(where).contains("time=\"#{sharedParts.seconds}\"").contains("#{sharedParts.off");
          }
          String inside = cache.group(2);
          // a data-keyed part may show one person's figures (its key is those figures), never who is looking
          for (String personal : dataKeyed.contains(where) ? WHO_IS_LOOKING : PERSONAL) {
            assertThat(inside).as(where + " holds nothing of the visitor").doesNotContain(personal);
          }
        }
      }
    }
    assertThat(parts).as("the product page (its facts and its sharing tags) and the catalog").hasSizeGreaterThanOrEqualTo(3)
        .anyMatch(p -> p.contains("product.xhtml")).anyMatch(p -> p.contains("catalog/index.xhtml"));
    assertThat(dataKeyed).as("the trial balance, the journal, a group's sales, the register, the landing, the chart, the passbook, a group's savings, the welfare report")
        .hasSizeGreaterThanOrEqualTo(10)
        .anyMatch(p -> p.contains("trial-balance.xhtml")).anyMatch(p -> p.contains("journal.xhtml")).anyMatch(p -> p.contains("sales.xhtml"))
        .anyMatch(p -> p.contains("member/index.xhtml")).anyMatch(p -> p.contains("treasurer/index.xhtml")).anyMatch(p -> p.contains("treasurer/accounts.xhtml"))
        .anyMatch(p -> p.contains("savings/mine.xhtml")).anyMatch(p -> p.contains("savings/accounts.xhtml")).anyMatch(p -> p.contains("welfare/reports.xhtml"));
  }
}
