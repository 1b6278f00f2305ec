package coop.fairshare.split;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid split shares for the property tests. */
final class SplitArbitraries {

  private SplitArbitraries() {}

  /** Three cut points on 0..10,000 give four non-negative parts adding to 10,000; zero parts come from the edge cases. */
  static Arbitrary<SplitShares> shares() {
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, SplitShares.WHOLE);
    return Combinators.combine(cut, cut, cut)
        .as((a, b, c) -> {
          int[] cuts = {a, b, c};
          Arrays.sort(cuts);
          return new int[] {cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], SplitShares.WHOLE - cuts[2]};
        })
        .flatMap(p -> Arbitraries.integers().between(0, p[0]).map(savings -> new SplitShares(p[0], p[1], p[2], p[3], savings)));
  }
}
