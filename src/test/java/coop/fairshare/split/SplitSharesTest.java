package coop.fairshare.split;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitSharesTest {

  @Test
  void keepsTheSharesItWasGiven() {
    SplitShares shares = new SplitShares(7000, 1500, 1000, 500, 500);
    assertThat(shares.makerBp()).isEqualTo(7000);
    assertThat(shares.groupBp()).isEqualTo(1500);
    assertThat(shares.coopBp()).isEqualTo(1000);
    assertThat(shares.welfareBp()).isEqualTo(500);
    assertThat(shares.makerSavingsBp()).isEqualTo(500);
  }

  @Test
  void aWholeIsTenThousandBasisPoints() {
    assertThat(SplitShares.WHOLE).isEqualTo(10_000);
  }

  @ParameterizedTest
  @CsvSource({
    "10000, 0, 0, 0, 0",
    "0, 10000, 0, 0, 0",
    "0, 0, 10000, 0, 0",
    "0, 0, 0, 10000, 0",
    "10000, 0, 0, 0, 10000",
    "2500, 2500, 2500, 2500, 2500",
  })
  void acceptsAnyNonNegativePartsAddingToAWhole(int maker, int group, int coop, int welfare, int savings) {
    assertThat(new SplitShares(maker, group, coop, welfare, savings).makerBp()).isEqualTo(maker);
  }

  @ParameterizedTest
  @CsvSource({
    "7000, 1500, 1000, 499, 0",
    "7000, 1500, 1000, 501, 0",
    "0, 0, 0, 0, 0",
    "10000, 1, 0, 0, 0",
    "9999, 0, 0, 0, 0",
  })
  void refusesPartsThatDoNotAddUpToAWhole(int maker, int group, int coop, int welfare, int savings) {
    assertThatThrownBy(() -> new SplitShares(maker, group, coop, welfare, savings))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("split.shares.sum");
  }

  @ParameterizedTest
  @CsvSource({
    "10001, -1, 0, 0, 0",
    "-1, 10001, 0, 0, 0",
    "5000, 5001, -1, 0, 0",
    "5000, 5001, 0, -1, 0",
    "7000, 1500, 1000, 500, -1",
  })
  void refusesANegativePartEvenWhenTheSumIsAWhole(int maker, int group, int coop, int welfare, int savings) {
    assertThatThrownBy(() -> new SplitShares(maker, group, coop, welfare, savings))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("split.shares.negative");
  }

  @Test
  void refusesSavingsLargerThanTheMakersShare() {
    assertThatThrownBy(() -> new SplitShares(7000, 1500, 1000, 500, 7001))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("split.shares.savingsAboveMaker");
  }

  @Test
  void acceptsSavingsEqualToTheMakersShare() {
    assertThat(new SplitShares(7000, 1500, 1000, 500, 7000).makerSavingsBp()).isEqualTo(7000);
  }

  @Test
  void sharesWithTheSameValuesAreEqual() {
    assertThat(new SplitShares(7000, 1500, 1000, 500, 500)).isEqualTo(new SplitShares(7000, 1500, 1000, 500, 500));
  }

  @Test
  void refusesPartsWhoseIntSumOverflowsToAWhole() {
    assertThat(Integer.MAX_VALUE + Integer.MAX_VALUE + 10_002 + 0).as("the overflowed int sum").isEqualTo(SplitShares.WHOLE);
    assertThatThrownBy(() -> new SplitShares(Integer.MAX_VALUE, Integer.MAX_VALUE, 10_002, 0, 0))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void sharesThatOverflowNeverReachAnAllocation() {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(100), new SplitShares(Integer.MAX_VALUE, Integer.MAX_VALUE, 10_002, 0, 0), Money.ZERO))
        .isInstanceOf(BusinessRuleViolation.class);
  }
}
