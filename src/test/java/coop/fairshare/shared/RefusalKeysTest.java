package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the code can throw speaks both languages: the source is read for the message keys
 * handed to the business errors (and to the pages' messages), and each must be in both bundles,
 * the Thai one in Thai. A key typed wrong would otherwise reach the user as "product.sku.invalid".
 */
class RefusalKeysTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path BUNDLES = Path.of("src/main/resources/coop/fairshare/i18n");
  private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
  private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

  private static Map<String, String> sources;
  private static Set<String> refusals;
  private static Properties thai;
  private static Properties english;

  @BeforeAll
  static void read() throws IOException {
    sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(SOURCES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    refusals = refusalClasses();
    thai = bundle("th");
    english = bundle("en");
  }

  /** BusinessRuleViolation and every class that extends it, directly or not. */
  private static Set<String> refusalClasses() {
    Set<String> found = new TreeSet<>(Set.of("BusinessRuleViolation"));
    Pattern extendsClause = Pattern.compile("class (\\w+) extends (\\w+)");
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String source : sources.values()) {
        Matcher m = extendsClause.matcher(source);
        while (m.find()) {
          if (found.contains(m.group(2)) && found.add(m.group(1))) {
            grew = true;
          }
        }
      }
    }
    return found;
  }

  @Test
  void theScanSeesTheRefusalsItShould() {
    assertThat(refusals).contains("BadInput", "NotFound", "AccessRefused", "InvalidAddress", "NotEnoughStock", "MakerShareBelowFloor", "UnbalancedEntry");
    assertThat(thrownKeys()).contains("product.sku.invalid", "split.shares.sum", "ledger.entry.unbalanced", "thing.product", "field.nameTh", "address.recipient.required");
  }

  @Test
  void everyKeyARefusalCarriesIsInBothBundlesAndTheThaiOneIsThai() {
    List<String> problems = new ArrayList<>();
    for (String key : thrownKeys()) {
      String th = thai.getProperty(key);
      String en = english.getProperty(key);
      if (th == null || th.isBlank()) {
        problems.add(key + ": no Thai text");
      } else if (!THAI.matcher(th).find()) {
        problems.add(key + ": the Thai text is not Thai: " + th);
      }
      if (en == null || en.isBlank()) {
        problems.add(key + ": no English text");
      } else if (THAI.matcher(en).find()) {
        problems.add(key + ": the English text is Thai: " + en);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyAPageShowsIsInBothBundles() {
    Pattern pageMessage = Pattern.compile("Texts\\.(?:error|info|text)\\((?:[^,()]*|\"[^\"]*\"), " + KEY.pattern());
    List<String> missing = new ArrayList<>();
    sources.forEach((file, source) -> {
      Matcher m = pageMessage.matcher(source);
      while (m.find()) {
        if (!thai.containsKey(m.group(1)) || !english.containsKey(m.group(1))) {
          missing.add(file + ": " + m.group(1));
        }
      }
    });
    assertThat(missing).isEmpty();
  }

  /** A refusal is keyed: the JDK's argument exception is left for nothing a user could cause. */
  @Test
  void noRefusalIsAnUnkeyedIllegalArgumentException() {
    List<String> unkeyed = new ArrayList<>();
    sources.forEach((file, source) -> {
      if (source.contains("new IllegalArgumentException(") || source.contains("extends IllegalArgumentException")) {
        unkeyed.add(file);
      }
    });
    assertThat(unkeyed).isEmpty();
  }

  /** The keys handed to business errors, as far as the source shows them. */
  static Set<String> thrownKeys() {
    Set<String> keys = new TreeSet<>();
    Pattern construction = Pattern.compile("(?:new (\\w+)|super)\\(");
    sources.forEach((file, source) -> {
      String className = Path.of(file).getFileName().toString().replace(".java", "");
      Matcher m = construction.matcher(source);
      while (m.find()) {
        boolean refusal = m.group(1) != null ? refusals.contains(m.group(1)) : refusals.contains(className);
        if (!refusal) {
          continue;
        }
        String arguments = argumentsFrom(source, m.end());
        Matcher key = KEY.matcher(arguments);
        while (key.find()) {
          keys.add(key.group(1));
        }
        if ("NotFound".equals(m.group(1))) {
          Matcher what = Pattern.compile("^\\s*\"(\\w+)\"").matcher(arguments);
          if (what.find()) {
            keys.add("thing." + what.group(1));
          }
        }
      }
    });
    // keys built from a field's name: the names are literals at the call sites
    names(Pattern.compile("Bilingual\\.require\\([^;]*?, \"([^\"]+)\"\\)"), "field.", keys);
    names(Pattern.compile("\\btext\\([^;]*?, \\d+, \"([^\"]+)\"\\)"), "field.", keys);
    names(Pattern.compile("required\\(\\w+, \"(\\w+)\", \\d+\\)"), "address.", keys, ".required");
    Matcher shares = Pattern.compile("SHARES = \\{([^}]*)\\}").matcher(sources.get("coop/fairshare/split/SplitShares.java"));
    assertThat(shares.find()).as("SplitShares names its shares").isTrue();
    Matcher share = Pattern.compile("\"(\\w+)\"").matcher(shares.group(1));
    while (share.find()) {
      keys.add("split.share." + share.group(1));
    }
    return keys;
  }

  private static void names(Pattern call, String prefix, Set<String> keys) {
    names(call, prefix, keys, "");
  }

  private static void names(Pattern call, String prefix, Set<String> keys, String suffix) {
    for (String source : sources.values()) {
      Matcher m = call.matcher(source);
      while (m.find()) {
        keys.add(prefix + m.group(1) + suffix);
      }
    }
  }

  /** The text between a constructor's opening parenthesis and its matching closing one. */
  private static String argumentsFrom(String source, int start) {
    int depth = 1;
    boolean inString = false;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' && source.charAt(i - 1) != '\\') {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')' && --depth == 0) {
        return source.substring(start, i);
      }
    }
    return source.substring(start);
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + language + ".properties"))) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
