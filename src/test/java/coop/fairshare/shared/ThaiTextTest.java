package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThaiTextTest {

  @Test
  void findsTheWordsOfThaiWrittenWithoutSpaces() {
    List<String> words = ThaiText.words("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ");

    assertThat(words).containsSubsequence("ผ้า", "ฝ้าย", "ทอ", "มือ");
    assertThat(String.join("", words)).isEqualTo("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ");
  }

  @Test
  void lowerCasesEnglish() {
    assertThat(ThaiText.words("Hand-Woven COTTON Scarf")).contains("cotton", "scarf").allSatisfy(word -> assertThat(word).isLowerCase());
  }

  @Test
  void dropsPunctuationAndSpaces() {
    assertThat(ThaiText.words("  Silk,   scarf!! (120 cm)... ")).containsExactly("silk", "scarf", "120", "cm");
  }

  @Test
  void splitsMixedThaiAndEnglishWithoutKeepingSeparators() {
    List<String> words = ThaiText.words("ผ้าพันคอ, Silk scarf - 120 ซม.!");

    assertThat(words).contains("silk", "scarf", "120");
    assertThat(words).noneMatch(word -> word.isBlank() || word.contains(" ") || word.equals(",") || word.equals("-") || word.equals("!"));
  }

  @Test
  void nullOrBlankHasNoWords() {
    assertThat(ThaiText.words(null)).isEmpty();
    assertThat(ThaiText.words("")).isEmpty();
    assertThat(ThaiText.words(" \t\n ")).isEmpty();
    assertThat(ThaiText.words("... !!! ,")).isEmpty();
  }

  @Test
  void searchableJoinsTheWordsOfAllTextsWithSingleSpaces() {
    String searchable = ThaiText.searchable("ผ้าฝ้ายทอมือ", "  Silk   SCARF ");

    assertThat(searchable).isEqualTo("ผ้า ฝ้าย ทอ มือ silk scarf");
  }

  @Test
  void searchableSkipsMissingTexts() {
    assertThat(ThaiText.searchable(null, "", "   ", "Silk", null)).isEqualTo("silk");
    assertThat(ThaiText.searchable()).isEmpty();
    assertThat(ThaiText.searchable((String) null)).isEmpty();
  }

  @Test
  void searchableNeverHasDoubleOrOuterSpaces() {
    String searchable = ThaiText.searchable(" ผ้าไหม ,  มัดหมี่ ", "\tHand-woven  silk\n", "SILK42");

    assertThat(searchable).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ").endsWith("silk42");
  }
}
