package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductTextTest {

  @Test
  void keepsBothLanguagesStripped() {
    ProductText text = new ProductText(" ผ้าไหม ", " Silk ", " ผ้าไหมทอมือ ", " Hand-woven silk ");

    assertThat(text).isEqualTo(new ProductText("ผ้าไหม", "Silk", "ผ้าไหมทอมือ", "Hand-woven silk"));
  }

  @Test
  void needsEveryTextInBothLanguages() {
    assertThatThrownBy(() -> new ProductText(null, "Silk", "ผ้าไหมทอมือ", "Hand-woven silk")).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.nameTh");
    assertThatThrownBy(() -> new ProductText("ผ้าไหม", " ", "ผ้าไหมทอมือ", "Hand-woven silk")).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.nameEn");
    assertThatThrownBy(() -> new ProductText("ผ้าไหม", "Silk", "", "Hand-woven silk")).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.descriptionTh");
    assertThatThrownBy(() -> new ProductText("ผ้าไหม", "Silk", "ผ้าไหมทอมือ", null)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.descriptionEn");
  }

  @Test
  void namesFitTwoHundredCharacters() {
    assertThat(new ProductText("ก".repeat(200), "x".repeat(200), "ผ้า", "Cloth").nameTh()).hasSize(200);
    assertThatThrownBy(() -> new ProductText("ก".repeat(201), "Silk", "ผ้า", "Cloth")).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ProductText("ผ้าไหม", "x".repeat(201), "ผ้า", "Cloth")).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ProductText("ผ้าไหม", "Silk", "ก".repeat(10_001), "Cloth")).isInstanceOf(BusinessRuleViolation.class);
  }
}
