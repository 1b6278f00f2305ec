package coop.fairshare.split;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SplitSharesPropertiesTest {

  /** Four non-negative parts adding to 10,000, in the order maker, group, coop, welfare. */
  @Provide
  Arbitrary<int[]> wholes() {
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, SplitShares.WHOLE);
    return Combinators.combine(cut, cut, cut).as((a, b, c) -> {
      int[] cuts = {a, b, c};
      Arrays.sort(cuts);
      return new int[] {cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], SplitShares.WHOLE - cuts[2]};
    });
  }

  @Property(tries = 1000)
  void acceptsEveryWholeWithSavingsUpToTheMakersShare(@ForAll("wholes") int[] p, @ForAll @IntRange(min = 0, max = 10_000) int savingsSeed) {
    int savings = p[0] == 0 ? 0 : savingsSeed % (p[0] + 1);
    SplitShares shares = new SplitShares(p[0], p[1], p[2], p[3], savings);
    assertThat(new int[] {shares.makerBp(), shares.groupBp(), shares.coopBp(), shares.welfareBp(), shares.makerSavingsBp()})
        .containsExactly(p[0], p[1], p[2], p[3], savings);
  }

  @Property(tries = 1000)
  void refusesAnySumAboveAWhole(@ForAll("wholes") int[] whole, @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 1, max = 10_000) int extra) {
    int[] p = whole.clone();
    p[which] += extra;
    assertThatThrownBy(() -> new SplitShares(p[0], p[1], p[2], p[3], 0)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Property(tries = 1000)
  void refusesAnySumBelowAWhole(@ForAll("wholes") int[] whole, @ForAll @IntRange(min = 1, max = 10_000) int lessSeed) {
    int[] p = whole.clone();
    // take from the largest part, which holds at least 2,500
    int largest = 0;
    for (int i = 1; i < 4; i++) {
      if (p[i] > p[largest]) {
        largest = i;
      }
    }
    p[largest] -= 1 + lessSeed % p[largest];
    assertThatThrownBy(() -> new SplitShares(p[0], p[1], p[2], p[3], 0)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Property(tries = 1000)
  void refusesSavingsAboveTheMakersShare(@ForAll("wholes") int[] p, @ForAll @IntRange(min = 1, max = 10_000) int above) {
    assertThatThrownBy(() -> new SplitShares(p[0], p[1], p[2], p[3], p[0] + above)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Property(tries = 1000)
  void refusesANegativePartMovedIntoAnotherToKeepTheSum(
      @ForAll("wholes") int[] whole, @ForAll @IntRange(min = 0, max = 3) int from, @ForAll @IntRange(min = 0, max = 3) int to, @ForAll @IntRange(min = 1, max = 10_000) int moved) {
    Assume.that(from != to);
    int[] p = whole.clone();
    // the sum stays 10,000 but one part goes below zero
    int shift = p[from] + moved;
    p[from] -= shift;
    p[to] += shift;
    assertThatThrownBy(() -> new SplitShares(p[0], p[1], p[2], p[3], 0)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Property(tries = 300, maxDiscardRatio = 100) // most random pairs cannot wrap; keep only those that can
  void refusesPartsWhoseTrueSumIsNotAWholeEvenWhenTheIntSumWraps(
      // each above 2^30 + 5,000: then a third share that makes the int sum wrap to 10,000 always exists
      @ForAll @IntRange(min = 1_073_746_825, max = Integer.MAX_VALUE) int maker, @ForAll @IntRange(min = 1_073_746_825, max = Integer.MAX_VALUE) int group) {
    long coop = SplitShares.WHOLE + (1L << 32) - maker - group; // what makes the int sum wrap to exactly 10,000
    Assume.that(coop >= 0 && coop <= Integer.MAX_VALUE);
    assertThatThrownBy(() -> new SplitShares(maker, group, (int) coop, 0, 0)).isInstanceOf(BusinessRuleViolation.class);
  }
}
