package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A savings count's progress, its pages of groups and when it has gone quiet; a step's tally by group and product. */
class SavingsCountTest {

  private static final Instant NOON = Instant.parse("2026-11-30T05:00:00Z");

  private static SavingsCount count(SavingsCount.State state, int groups, int counted, int listed, Instant heartbeat) {
    return new SavingsCount(7, state, groups, counted, 0, Money.ZERO, listed, Money.ZERO, "treasurer", NOON, heartbeat, null);
  }

  @Test
  void progressIsTheGroupsCountedAndReachesAHundredOnlyWhenDone() {
    assertThat(count(SavingsCount.State.RUNNING, 10_000, 0, 0, NOON).percent()).isZero();
    assertThat(count(SavingsCount.State.RUNNING, 10_000, 2_600, 0, NOON).percent()).isEqualTo(26);
    // every group counted, the last step not taken yet
    assertThat(count(SavingsCount.State.RUNNING, 10_000, 10_000, 0, NOON).percent()).isEqualTo(99);
    // groups registered while it runs are counted too
    SavingsCount past = count(SavingsCount.State.RUNNING, 10, 12, 0, NOON);
    assertThat(past.percent()).isEqualTo(99);
    assertThat(past.groupsToCount()).isEqualTo(12);
    assertThat(count(SavingsCount.State.RUNNING, 0, 0, 0, NOON).percent()).isZero();
    assertThat(count(SavingsCount.State.DONE, 0, 0, 0, NOON).percent()).isEqualTo(100);
  }

  @Test
  void theGroupsWithSavingsFillWholePages() {
    assertThat(count(SavingsCount.State.DONE, 0, 0, 0, NOON).pages(50)).isZero();
    assertThat(count(SavingsCount.State.DONE, 1, 1, 1, NOON).pages(50)).isEqualTo(1);
    assertThat(count(SavingsCount.State.DONE, 50, 50, 50, NOON).pages(50)).isEqualTo(1);
    assertThat(count(SavingsCount.State.DONE, 51, 51, 51, NOON).pages(50)).isEqualTo(2);
    assertThat(count(SavingsCount.State.DONE, 10_000, 10_000, 9_990, NOON).pages(50)).isEqualTo(200);
  }

  @Test
  void aRunningCountWithoutAStepForAMinuteHasStalled() {
    assertThat(count(SavingsCount.State.RUNNING, 10, 3, 0, NOON).stalled(NOON.plusSeconds(30))).isFalse();
    assertThat(count(SavingsCount.State.RUNNING, 10, 3, 0, NOON).stalled(NOON.plusSeconds(61))).isTrue();
    assertThat(count(SavingsCount.State.DONE, 10, 10, 3, NOON).stalled(NOON.plusSeconds(3600))).isFalse();
  }

  @Test
  void aStepSumsItsAccountsPerGroupAndProduct() {
    SavingsTally tally = new SavingsTally();
    tally.add(20, 2, Money.ofBaht(100));
    tally.add(10, 1, Money.ofSatang(150));
    tally.add(20, 1, Money.ofBaht(300));
    tally.add(20, 2, Money.ofSatang(-50));
    tally.add(10, 1, Money.ZERO);

    assertThat(tally.parts()).containsExactly(new SavingsTally.Part(10, 1, 2, Money.ofSatang(150)), new SavingsTally.Part(20, 1, 1, Money.ofBaht(300)),
        new SavingsTally.Part(20, 2, 2, Money.ofSatang(9_950)));
    assertThat(tally.accounts()).isEqualTo(5);
    assertThat(tally.balance()).isEqualTo(Money.ofSatang(150 + 30_000 + 9_950));
    assertThat(tally.groups()).isEqualTo(2);
    assertThat(tally.largestGroup()).isEqualTo(Money.ofSatang(39_950));
  }

  @Test
  void aStepWithNoAccountsKeepsNothing() {
    SavingsTally tally = new SavingsTally();
    assertThat(tally.parts()).isEmpty();
    assertThat(tally.accounts()).isZero();
    assertThat(tally.groups()).isZero();
    assertThat(tally.largestGroup()).isEqualTo(Money.ZERO);
  }
}
