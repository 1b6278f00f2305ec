package coop.fairshare.ledger;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SideTest {

  @Test
  void isStoredAsDOrC() {
    assertThat(Side.DEBIT.code()).isEqualTo("D");
    assertThat(Side.CREDIT.code()).isEqualTo("C");
  }

  @Test
  void readsDAndC() {
    assertThat(Side.of("D")).isEqualTo(Side.DEBIT);
    assertThat(Side.of("C")).isEqualTo(Side.CREDIT);
  }

  @ParameterizedTest
  @EnumSource(Side.class)
  void readsBackItsOwnCode(Side side) {
    assertThat(Side.of(side.code())).isEqualTo(side);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "d", "c", "X", "DEBIT", "CREDIT", " D", "DC"})
  void refusesAnythingButDOrC(String code) {
    assertThatThrownBy(() -> Side.of(code)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ledger.side.invalid");
  }

  @Test
  void refusesAMissingCode() {
    assertThatThrownBy(() -> Side.of(null)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ledger.side.invalid");
  }

  @Test
  void theOppositeOfADebitIsACreditAndBack() {
    assertThat(Side.DEBIT.opposite()).isEqualTo(Side.CREDIT);
    assertThat(Side.CREDIT.opposite()).isEqualTo(Side.DEBIT);
  }

  @ParameterizedTest
  @EnumSource(Side.class)
  void theOppositeOfTheOppositeIsTheSideItself(Side side) {
    assertThat(side.opposite()).isNotEqualTo(side);
    assertThat(side.opposite().opposite()).isEqualTo(side);
  }
}
