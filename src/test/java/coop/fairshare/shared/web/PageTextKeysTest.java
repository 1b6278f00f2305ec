package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page names by a literal key ({@code msg['…']}) is in both bundles, so no page ever
 * shows a visitor "???key???". (Keys built at run time, like a state's name, are the refusals' and
 * states' own tests' business.)
 */
class PageTextKeysTest {

  private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  @Test
  void everyKeyAPageNamesIsInBothBundles() throws IOException {
    Properties english = bundle("en");
    Properties thai = bundle("th");
    List<String> missing = new ArrayList<>();
    for (PageKey named : literalKeys(page -> page)) {
      if (!english.containsKey(named.key())) {
        missing.add(named.page() + ": " + named.key() + " (English)");
      }
      if (!thai.containsKey(named.key())) {
        missing.add(named.page() + ": " + named.key() + " (Thai)");
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * A text a page shows as it is written (not through {@code <h:outputFormat>}, which runs it through
   * MessageFormat) must not hold MessageFormat's escaped apostrophe: the visitor would read "Group''s
   * share", as the English sales page did.
   */
  @Test
  void aTextAPageShowsAsWrittenHasNoDoubledApostrophe() throws IOException {
    Properties english = bundle("en");
    Properties thai = bundle("th");
    List<String> doubled = new ArrayList<>();
    for (PageKey named : literalKeys(PageTextKeysTest::shownAsWritten)) {
      for (Properties texts : List.of(english, thai)) {
        String text = texts.getProperty(named.key(), "");
        if (text.contains("''")) {
          doubled.add(named.page() + ": " + named.key() + " = " + text);
        }
      }
    }
    assertThat(doubled).isEmpty();
  }

  @Test
  void aTextGivenToOutputFormatIsNotShownAsWritten() {
    String page = "<h:outputFormat id=\"x\" value=\"#{msg['cart.onlyLeft']}\"><f:param value=\"1\"/></h:outputFormat> <dt>#{msg['producer.sales.group']}</dt>";
    Matcher key = LITERAL_KEY.matcher(shownAsWritten(page));
    assertThat(key.find()).isTrue();
    assertThat(key.group(1)).isEqualTo("producer.sales.group");
    assertThat(key.find()).isFalse();
  }

  private record PageKey(Path page, String key) {}

  /** Every literal key in every page, as the page reads after {@code asRead}. */
  private static List<PageKey> literalKeys(UnaryOperator<String> asRead) throws IOException {
    List<PageKey> found = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher key = LITERAL_KEY.matcher(asRead.apply(Files.readString(page)));
        while (key.find()) {
          found.add(new PageKey(page, key.group(1)));
        }
      }
    }
    return found;
  }

  /** The page without the keys it hands to {@code <h:outputFormat>}. */
  private static String shownAsWritten(String page) {
    return page.replaceAll("(<h:outputFormat[^>]*?value=\")#\\{msg\\['[A-Za-z0-9_.]+'\\]\\}", "$1");
  }

  @Test
  void theScanFindsAKeyThatIsMissing() {
    Matcher key = LITERAL_KEY.matcher("<p>#{msg['payout.intro']}</p> #{msg['order.state.'.concat(s)]}");
    assertThat(key.find()).isTrue();
    assertThat(key.group(1)).isEqualTo("payout.intro");
    assertThat(key.find()).as("a key built at run time is not a literal").isFalse();
  }

  private static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources/coop/fairshare/i18n/messages_" + language + ".properties"))) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return texts;
  }
}
