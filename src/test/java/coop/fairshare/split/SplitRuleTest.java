package coop.fairshare.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SplitRuleTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");
  private static final SplitShares STANDING = new SplitShares(7000, 1500, 1000, 500, 500);
  private static final int FLOOR = 6000;

  private static SplitRule rule(RuleScope scope, ProductCategory category, Long groupId) {
    return new SplitRule(scope, category, groupId, FROM, STANDING, FLOOR, "note", "admin", NOW);
  }

  private static SplitRule withShares(SplitShares shares, int floor) {
    return new SplitRule(RuleScope.COOP, null, null, FROM, shares, floor, null, "admin", NOW);
  }

  private static SplitRule withNote(String note) {
    return new SplitRule(RuleScope.COOP, null, null, FROM, STANDING, FLOOR, note, "admin", NOW);
  }

  @Test
  void aCooperativeRuleNamesNeitherACategoryNorAGroup() {
    SplitRule rule = rule(RuleScope.COOP, null, null);
    assertThat(rule.scope()).isEqualTo(RuleScope.COOP);
    assertThat(rule.category()).isNull();
    assertThat(rule.groupId()).isNull();
  }

  @Test
  void aCooperativeRuleRefusesACategory() {
    assertThatThrownBy(() -> rule(RuleScope.COOP, ProductCategory.HANDICRAFT, null)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aCooperativeRuleRefusesAGroup() {
    assertThatThrownBy(() -> rule(RuleScope.COOP, null, 7L)).isInstanceOf(BusinessRuleViolation.class);
  }

  @ParameterizedTest
  @EnumSource(ProductCategory.class)
  void aCategoryRuleNamesItsCategory(ProductCategory category) {
    SplitRule rule = rule(RuleScope.CATEGORY, category, null);
    assertThat(rule.scope()).isEqualTo(RuleScope.CATEGORY);
    assertThat(rule.category()).isEqualTo(category);
    assertThat(rule.groupId()).isNull();
  }

  @Test
  void aCategoryRuleNeedsACategory() {
    assertThatThrownBy(() -> rule(RuleScope.CATEGORY, null, null)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aCategoryRuleRefusesAGroup() {
    assertThatThrownBy(() -> rule(RuleScope.CATEGORY, ProductCategory.OEM, 7L)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aGroupRuleNamesItsGroup() {
    SplitRule rule = rule(RuleScope.GROUP, null, 7L);
    assertThat(rule.scope()).isEqualTo(RuleScope.GROUP);
    assertThat(rule.groupId()).isEqualTo(7L);
    assertThat(rule.category()).isNull();
  }

  @Test
  void aGroupRuleNeedsAGroup() {
    assertThatThrownBy(() -> rule(RuleScope.GROUP, null, null)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aGroupRuleRefusesACategory() {
    assertThatThrownBy(() -> rule(RuleScope.GROUP, ProductCategory.PROCESSED_FOOD, 7L)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aRuleNeedsAScope() {
    assertThatThrownBy(() -> rule(null, null, null)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("split.rule.scopeRequired"));
  }

  @Test
  void aRuleNeedsADateAnAuthorAndATime() {
    assertThatThrownBy(() -> new SplitRule(RuleScope.COOP, null, null, null, STANDING, FLOOR, null, "admin", NOW)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SplitRule(RuleScope.COOP, null, null, FROM, STANDING, FLOOR, null, null, NOW)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SplitRule(RuleScope.COOP, null, null, FROM, STANDING, FLOOR, null, "admin", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keepsItsSharesDateAndAuthor() {
    SplitRule rule = withShares(STANDING, FLOOR);
    assertThat(rule.shares()).isEqualTo(STANDING);
    assertThat(rule.effectiveFrom()).isEqualTo(FROM);
    assertThat(rule.createdBy()).isEqualTo("admin");
    assertThat(rule.id()).as("only the database gives an id").isNull();
  }

  @Test
  void refusesAMakersShareBelowTheFloorNamingBothInPercent() {
    SplitShares low = new SplitShares(5950, 2550, 1000, 500, 0);
    assertThatThrownBy(() -> withShares(low, FLOOR))
        .isInstanceOfSatisfying(MakerShareBelowFloor.class, e -> {
          assertThat(e.messageKey()).isEqualTo("split.belowFloor");
          assertThat(e.arguments()).containsExactly(new BigDecimal("59.50"), new BigDecimal("60.00"));
        })
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void acceptsAMakersShareExactlyAtTheFloor() {
    SplitShares atFloor = new SplitShares(6000, 2500, 1000, 500, 0);
    assertThat(withShares(atFloor, FLOOR).shares().makerBp()).isEqualTo(FLOOR);
  }

  @Test
  void theWholeAmountToTheMakerPassesAnyFloor() {
    assertThat(withShares(new SplitShares(10_000, 0, 0, 0, 0), 10_000).shares().makerBp()).isEqualTo(10_000);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void aBlankNoteIsKeptAsNoNote(String note) {
    assertThat(withNote(note).note()).isNull();
  }

  @Test
  void aNoteIsStrippedOfSurroundingSpace() {
    assertThat(withNote("  ราคาเป็นธรรม fair price  ").note()).isEqualTo("ราคาเป็นธรรม fair price");
  }

  @Test
  void aNoteOfMoreThanFiveHundredCharactersIsRefusedNotCut() {
    String note = "ก".repeat(499) + "x";
    assertThat(withNote("  " + note + "  ").note()).as("stripped first").isEqualTo(note);
    assertThatThrownBy(() -> withNote(note + "y")).isInstanceOfSatisfying(BadInput.class, e -> {
      assertThat(e.messageKey()).isEqualTo("split.rule.noteTooLong");
      assertThat(e.field()).contains("note");
    });
  }
}
