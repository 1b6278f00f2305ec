package coop.fairshare.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.fairshare.catalog.ProductCategory;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SplitRulePropertiesTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");

  @Provide
  Arbitrary<SplitShares> shares() {
    return SplitArbitraries.shares();
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
