package coop.fairshare.split;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked examples of the largest-remainder rule, computed by hand, and the refusals. */
class SplitAllocationTest {

  private static final SplitShares QUARTERS = new SplitShares(2500, 2500, 2500, 2500, 0);
  private static final SplitShares STANDING = new SplitShares(7000, 1500, 1000, 500, 500);

  private static SplitAllocation split(long satang, SplitShares shares) {
    return SplitAllocation.of(Money.ofSatang(satang), shares, Money.ZERO);
  }

  private static void assertParts(SplitAllocation a, long maker, long group, long coop, long welfare) {
    assertThat(new long[] {a.maker().satang(), a.group().satang(), a.coop().satang(), a.welfare().satang()})
        .as("maker, group, coop, welfare")
        .containsExactly(maker, group, coop, welfare);
  }

  @Test
  void oneSatangInQuartersGoesToTheMakerBecauseSheIsFirstInATie() {
    // each exact share is 0.25: all round down to 0 with equal remainders; the one satang left goes to the maker
    assertParts(split(1, QUARTERS), 1, 0, 0, 0);
  }

  @Test
  void twoSatangInQuartersGoToTheMakerAndTheGroup() {
    // exact 0.5 each, equal remainders: maker first, then group
    assertParts(split(2, QUARTERS), 1, 1, 0, 0);
  }

  @Test
  void threeSatangInQuartersGoToMakerGroupAndWelfareBeforeTheCooperative() {
    // exact 0.75 each, equal remainders: maker, group, welfare; the cooperative comes last in a tie
    assertParts(split(3, QUARTERS), 1, 1, 0, 1);
  }

  @Test
  void tenSatangUnderTheStandingSplitGivesTheLeftoverToTheGroupOverTheWelfareFund() {
    // maker 7.0 -> 7 r0; group 1.5 -> 1 r.5; coop 1.0 -> 1 r0; welfare 0.5 -> 0 r.5
    // 9 given, 1 left; group and welfare tie on .5 and the group comes first
    SplitAllocation a = split(10, STANDING);
    assertParts(a, 7, 2, 1, 0);
    // savings 10 * 5% = 0.5 rounds down to 0
    assertThat(a.makerSavings()).isEqualTo(Money.ZERO);
    assertThat(a.makerCash()).isEqualTo(Money.ofSatang(7));
  }

  @Test
  void theLargestRemainderWinsOverTheTieOrder() {
    // shares 10/20/30/40 %, amount 7: maker 0.7 (r.7), group 1.4 (r.4), coop 2.1 (r.1), welfare 2.8 (r.8)
    // floors 0+1+2+2 = 5, 2 left: welfare (.8) then maker (.7)
    assertParts(split(7, new SplitShares(1000, 2000, 3000, 4000, 0)), 1, 1, 2, 3);
  }

  @Test
  void oneSatangGoesToTheSingleLargestRemainderEvenIfItIsTheWelfareFund() {
    // maker 0.1, group 0.2, coop 0.3, welfare 0.4: welfare has the largest remainder
    assertParts(split(1, new SplitShares(1000, 2000, 3000, 4000, 0)), 0, 0, 0, 1);
  }

  @Test
  void welfareComesBeforeTheCooperativeInATie() {
    // coop 0.5 and welfare 0.5 tie; maker and group have nothing
    assertParts(split(1, new SplitShares(0, 0, 5000, 5000, 0)), 0, 0, 0, 1);
  }

  @Test
  void aRoundAmountSplitsWithoutLeftovers() {
    // 1,000 baht under 70/15/10/5 with 5% to savings
    SplitAllocation a = split(100_000, STANDING);
    assertParts(a, 70_000, 15_000, 10_000, 5_000);
    assertThat(a.makerSavings()).isEqualTo(Money.ofSatang(5_000));
    assertThat(a.makerCash()).isEqualTo(Money.ofSatang(65_000));
  }

  @Test
  void theMakersSavingsAreRoundedDownEvenWhenHerShareWasRoundedUp() {
    // amount 3, maker 50% with 50% to savings: maker exact 1.5 -> 1 r.5, group 1.5 -> 1 r.5; maker gets the leftover (2)
    // savings exact 1.5 -> 1
    SplitAllocation a = split(3, new SplitShares(5000, 5000, 0, 0, 5000));
    assertParts(a, 2, 1, 0, 0);
    assertThat(a.makerSavings()).isEqualTo(Money.ofSatang(1));
    assertThat(a.makerCash()).isEqualTo(Money.ofSatang(1));
  }

  @Test
  void aMakerWhoSavesHerWholeShareIsPaidNoCash() {
    SplitAllocation a = split(100_000, new SplitShares(7000, 1500, 1000, 500, 7000));
    assertThat(a.makerSavings()).isEqualTo(a.maker());
    assertThat(a.makerCash()).isEqualTo(Money.ZERO);
  }

  @Test
  void theFeeIsBorneByTheCooperativeAndNeverByTheMaker() {
    SplitAllocation withFee = SplitAllocation.of(Money.ofSatang(100_000), STANDING, Money.ofSatang(3_650));
    SplitAllocation withoutFee = split(100_000, STANDING);
    assertThat(withFee.fee()).isEqualTo(Money.ofSatang(3_650));
    assertThat(withFee.coopAfterFee()).isEqualTo(Money.ofSatang(6_350));
    assertThat(withFee.maker()).isEqualTo(withoutFee.maker());
    assertThat(withFee.makerCash()).isEqualTo(withoutFee.makerCash());
    assertThat(withFee.group()).isEqualTo(withoutFee.group());
    assertThat(withFee.welfare()).isEqualTo(withoutFee.welfare());
  }

  @Test
  void aFeeLargerThanTheCooperativesShareLeavesItNegative() {
    SplitAllocation a = SplitAllocation.of(Money.ofSatang(1_000), STANDING, Money.ofSatang(1_000));
    assertThat(a.coop()).isEqualTo(Money.ofSatang(100));
    assertThat(a.coopAfterFee()).isEqualTo(Money.ofSatang(-900));
  }

  @Test
  void aFeeEqualToTheAmountIsAccepted() {
    assertThat(SplitAllocation.of(Money.ofSatang(500), STANDING, Money.ofSatang(500)).fee()).isEqualTo(Money.ofSatang(500));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -100_000, Long.MIN_VALUE})
  void refusesAnAmountThatIsNotPositive(long satang) {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(satang), STANDING, Money.ZERO))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("split.amount.positive");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -365})
  void refusesANegativeFee(long fee) {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(100_000), STANDING, Money.ofSatang(fee)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("split.fee.range");
  }

  @Test
  void refusesAFeeLargerThanTheAmount() {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(100_000), STANDING, Money.ofSatang(100_001)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("split.fee.range");
  }

  @Test
  void theRecordRefusesPartsThatDoNotAddUpToTheAmount() {
    Money one = Money.ofSatang(1);
    assertThatThrownBy(() -> new SplitAllocation(Money.ofSatang(5), one, Money.ZERO, one, one, one, Money.ZERO))
        .isInstanceOf(IllegalStateException.class);
  }
}
