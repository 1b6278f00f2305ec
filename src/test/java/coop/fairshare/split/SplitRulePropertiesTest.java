package coop.fairshare.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.fairshare.catalog.ProductCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SplitRulePropertiesTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");

  @Provide
  Arbitrary<SplitShares> shares() {
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, SplitShares.WHOLE);
    return Combinators.combine(cut, cut, cut)
        .as((a, b, c) -> {
          int[] cuts = {a, b, c};
          Arrays.sort(cuts);
          return new int[] {cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], SplitShares.WHOLE - cuts[2]};
        })
        .flatMap(p -> Arbitraries.integers().between(0, p[0]).map(savings -> new SplitShares(p[0], p[1], p[2], p[3], savings)));
  }

  @Provide
  Arbitrary<SplitRuleTarget> targets() {
    return Arbitraries.oneOf(
        Arbitraries.just(new SplitRuleTarget(RuleScope.COOP, null, null)),
        Arbitraries.of(ProductCategory.class).map(c -> new SplitRuleTarget(RuleScope.CATEGORY, c, null)),
        Arbitraries.longs().between(1, 1_000_000).map(g -> new SplitRuleTarget(RuleScope.GROUP, null, g)));
  }

  record SplitRuleTarget(RuleScope scope, ProductCategory category, Long groupId) {}

  @Property(tries = 2000)
  void aRuleExistsIfAndOnlyIfTheMakersShareReachesTheFloor(
      @ForAll("shares") SplitShares shares, @ForAll @IntRange(min = 0, max = 10_000) int floor, @ForAll("targets") SplitRuleTarget target) {
    Throwable refused = catchThrowable(() -> new SplitRule(target.scope(), target.category(), target.groupId(), FROM, shares, floor, null, "admin", NOW));
    if (shares.makerBp() >= floor) {
      assertThat(refused).isNull();
    } else {
      assertThat(refused).isInstanceOf(MakerShareBelowFloor.class);
    }
  }

  @Property(tries = 1000)
  void aRuleGivesBackExactlyTheSharesItWasMadeWith(@ForAll("shares") SplitShares shares, @ForAll("targets") SplitRuleTarget target) {
    SplitRule rule = new SplitRule(target.scope(), target.category(), target.groupId(), FROM, shares, 0, null, "admin", NOW);
    assertThat(rule.shares()).isEqualTo(shares);
    assertThat(rule.scope()).isEqualTo(target.scope());
    assertThat(rule.category()).isEqualTo(target.category());
    assertThat(rule.groupId()).isEqualTo(target.groupId());
  }
}
