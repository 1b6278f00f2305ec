package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FoodFactsTest {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  @ParameterizedTest
  @ValueSource(strings = {"12-3-45678-9-0123", "1234567890123", "12 3 45678 9 0123", " 12-3-45678-9-0123 ", "123-4567-890123"})
  void writesTheFdaNumberTheWayTheLabelDoes(String fdaNumber) {
    assertThat(factsWithFdaNumber(fdaNumber).fdaNumber()).isEqualTo("12-3-45678-9-0123");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"123456789012", "12345678901234", "12-3-4567A-9-0123", "ABCDEFGHIJKLM", "12-3-45678-9-012", "๑๒๓๔๕๖๗๘๙๐๑๒๓", "12.3.45678.9.0123"})
  void refusesAnythingButThirteenDigits(String fdaNumber) {
    assertThatThrownBy(() -> factsWithFdaNumber(fdaNumber)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("food.fda");
  }

  @Test
  void shelfLifeIsOneDayToTenYears() {
    assertThat(factsWithShelfLife(1).shelfLifeDays()).isEqualTo(1);
    assertThat(factsWithShelfLife(3650).shelfLifeDays()).isEqualTo(3650);

    assertThatThrownBy(() -> factsWithShelfLife(0)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> factsWithShelfLife(-30)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> factsWithShelfLife(3651)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void ingredientsAndAllergensAreRequiredInThai() {
    assertThatThrownBy(() -> new FoodFacts(null, "Chili", "ไม่มี", "None", 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("field.ingredients");
    assertThatThrownBy(() -> new FoodFacts("  ", "Chili", "ไม่มี", "None", 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new FoodFacts("พริก", "Chili", null, "None", 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("field.allergens");
    assertThatThrownBy(() -> new FoodFacts("พริก", "Chili", "", "None", 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void allergensFitTheirColumn() {
    assertThat(new FoodFacts("พริก", null, "ก".repeat(400), null, 180, "1234567890123").allergensTh()).hasSize(400);
    assertThatThrownBy(() -> new FoodFacts("พริก", null, "ก".repeat(401), null, 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new FoodFacts("พริก", null, "ไม่มี", "x".repeat(401), 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void englishIsOptionalAndFallsBackToThai() {
    FoodFacts thaiOnly = new FoodFacts("พริก หอมแดง", null, "ไม่มี", "   ", 180, "1234567890123");

    assertThat(thaiOnly.ingredientsEn()).isNull();
    assertThat(thaiOnly.allergensEn()).isNull();
    assertThat(thaiOnly.ingredients(Locale.ENGLISH)).isEqualTo("พริก หอมแดง");
    assertThat(thaiOnly.allergens(Locale.ENGLISH)).isEqualTo("ไม่มี");
  }

  @Test
  void givesEachLanguageItsOwnTextWhenBothAreThere() {
    FoodFacts facts = new FoodFacts(" พริก หอมแดง ", " Chili, shallot ", "ถั่วลิสง", "Peanuts", 180, "1234567890123");

    assertThat(facts.ingredients(THAI)).isEqualTo("พริก หอมแดง");
    assertThat(facts.ingredients(Locale.ENGLISH)).isEqualTo("Chili, shallot");
    assertThat(facts.allergens(THAI)).isEqualTo("ถั่วลิสง");
    assertThat(facts.allergens(Locale.ENGLISH)).isEqualTo("Peanuts");
  }

  @Test
  void englishIngredientsHaveTheSameLimitAsThai() {
    assertThatThrownBy(() -> new FoodFacts("พริก", "x".repeat(10_001), "ไม่มี", null, 180, "1234567890123"))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  private static FoodFacts factsWithFdaNumber(String fdaNumber) {
    return new FoodFacts("พริก หอมแดง กระเทียม", "Chili, shallot, garlic", "ไม่มี", "None", 180, fdaNumber);
  }

  private static FoodFacts factsWithShelfLife(int days) {
    return new FoodFacts("พริก หอมแดง กระเทียม", "Chili, shallot, garlic", "ไม่มี", "None", days, "1234567890123");
  }
}
