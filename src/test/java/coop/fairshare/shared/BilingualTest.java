package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

  @Test
  void picksThaiUnlessEnglishIsAskedFor() {
    assertThat(Bilingual.pick(Locale.forLanguageTag("th-TH"), "ผ้าไหม", "Silk")).isEqualTo("ผ้าไหม");
    assertThat(Bilingual.pick(null, "ผ้าไหม", "Silk")).isEqualTo("ผ้าไหม");
    assertThat(Bilingual.pick(Locale.JAPANESE, "ผ้าไหม", "Silk")).isEqualTo("ผ้าไหม");
    assertThat(Bilingual.pick(Locale.ENGLISH, "ผ้าไหม", "Silk")).isEqualTo("Silk");
    assertThat(Bilingual.pick(Locale.UK, "ผ้าไหม", "Silk")).isEqualTo("Silk");
  }

  @Test
  void fallsBackToTheOtherLanguageWhenOneIsMissing() {
    assertThat(Bilingual.pick(Locale.ENGLISH, "ผ้าไหม", null)).isEqualTo("ผ้าไหม");
    assertThat(Bilingual.pick(Locale.ENGLISH, "ผ้าไหม", "  ")).isEqualTo("ผ้าไหม");
    assertThat(Bilingual.pick(Locale.forLanguageTag("th"), null, "Silk")).isEqualTo("Silk");
    assertThat(Bilingual.pick(Locale.forLanguageTag("th"), "", "Silk")).isEqualTo("Silk");
  }

  @Test
  void requireStripsTheValue() {
    assertThat(Bilingual.require("  ผ้าไหม \n", 10, "name")).isEqualTo("ผ้าไหม");
  }

  @Test
  void requireRefusesBlankText() {
    assertThatThrownBy(() -> Bilingual.require(null, 10, "Thai name")).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("text.required");
    assertThatThrownBy(() -> Bilingual.require(" \t ", 10, "Thai name")).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void requireCountsTheLengthAfterStripping() {
    assertThat(Bilingual.require("  " + "x".repeat(10) + "  ", 10, "name")).hasSize(10);
    assertThatThrownBy(() -> Bilingual.require("x".repeat(11), 10, "name"))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("text.tooLong");
  }
}
