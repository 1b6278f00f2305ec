package coop.fairshare.shared;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thai is written without spaces between words, so search cannot split on spaces. The JDK's
 * dictionary-based Thai word break finds the words; English and digits break as usual.
 */
public final class ThaiText {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  private ThaiText() {}

  /** The words of a text, lower-cased, without spaces and punctuation. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return words;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    BreakIterator breaker = BreakIterator.getWordInstance(THAI);
    breaker.setText(lower);
    int start = breaker.first();
    for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
      String word = lower.substring(start, end).strip();
      if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The text as its words separated by single spaces: what a product's search column holds. */
  public static String searchable(String... texts) {
    StringBuilder out = new StringBuilder();
    for (String text : texts) {
      for (String word : words(text)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
  }
}
