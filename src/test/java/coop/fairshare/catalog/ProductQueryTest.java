package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductQueryTest {

  @Test
  void pageStartsAtZero() {
    assertThat(ProductQuery.all(0, 24).page()).isZero();
    assertThatThrownBy(() -> ProductQuery.all(-1, 24)).isInstanceOf(coop.fairshare.shared.BadInput.class).hasMessageContaining("error.pageOutOfRange");
    assertThatThrownBy(() -> ProductQuery.all(Integer.MAX_VALUE, 24)).isInstanceOf(coop.fairshare.shared.BadInput.class).hasMessageContaining("error.pageOutOfRange");
  }

  @Test
  void pageSizeIsOneToTheMaximum() {
    assertThat(ProductQuery.all(0, 1).size()).isEqualTo(1);
    assertThat(ProductQuery.all(0, ProductQuery.MAX_PAGE_SIZE).size()).isEqualTo(100);

    assertThatThrownBy(() -> ProductQuery.all(0, 0)).isInstanceOf(coop.fairshare.shared.BadInput.class).hasMessageContaining("error.pageSizeOutOfRange");
    assertThatThrownBy(() -> ProductQuery.all(0, ProductQuery.MAX_PAGE_SIZE + 1)).isInstanceOf(coop.fairshare.shared.BadInput.class).hasMessageContaining("error.pageSizeOutOfRange");
  }

  @Test
  void allAsksForNothingInParticular() {
    ProductQuery all = ProductQuery.all(2, 24);

    assertThat(all.category()).isNull();
    assertThat(all.regionCode()).isNull();
    assertThat(all.groupId()).isNull();
    assertThat(all.text()).isNull();
    assertThat(all.words()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void blankTextMeansNoText(String text) {
    assertThat(withText(text).text()).isNull();
    assertThat(withText(text).words()).isEmpty();
  }

  @Test
  void textIsStrippedAndLimitedInLength() {
    String longest = "x".repeat(ProductQuery.MAX_TEXT);

    assertThat(withText("  ผ้าไหม  ").text()).isEqualTo("ผ้าไหม");
    assertThat(withText("   " + longest + "   ").text()).isEqualTo(longest);
    assertThatThrownBy(() -> withText(longest + "x")).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void blankRegionMeansAnyRegion() {
    assertThat(new ProductQuery(null, "  ", null, null, 0, 24).regionCode()).isNull();
    assertThat(new ProductQuery(null, " NORTH ", null, null, 0, 24).regionCode()).isEqualTo("NORTH");
  }

  @Test
  void splitsThaiTextIntoWords() {
    assertThat(withText("ผ้าฝ้ายทอมือ").words()).containsExactly("ผ้า", "ฝ้าย", "ทอ", "มือ");
    assertThat(withText("Silk SCARF, Nan").words()).containsExactly("silk", "scarf", "nan");
  }

  @Test
  void usesAtMostTheFirstEightWords() {
    ProductQuery query = withText("one two three four five six seven eight nine ten");

    assertThat(query.words()).hasSize(ProductQuery.MAX_WORDS).containsExactly("one", "two", "three", "four", "five", "six", "seven", "eight");
  }

  private static ProductQuery withText(String text) {
    return new ProductQuery(ProductCategory.HANDICRAFT, null, null, text, 0, 24);
  }
}
