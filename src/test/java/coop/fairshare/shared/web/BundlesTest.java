package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Thai and English page texts: the same keys in both, each key once (a later duplicate would silently win). */
class BundlesTest {

  private static final Path DIR = Path.of("src/main/resources/coop/fairshare/i18n");

  @Test
  void everyKeyIsWrittenOnceInEachLanguage() throws IOException {
    for (String language : List.of("th", "en")) {
      Map<String, Long> counts = keys(language).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)).as(language).isEmpty();
    }
  }

  @Test
  void thaiAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(keys("th")).containsExactlyInAnyOrderElementsOf(keys("en"));
  }

  private static List<String> keys(String language) throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
        keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
      }
    }
    return keys;
  }
}
