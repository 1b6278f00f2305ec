package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of an audit run's state and progress, and of an account's lines summed over steps. */
class AuditRunTest {

  private static final Instant T = Instant.parse("2026-11-29T03:00:00Z");

  private static AuditRun run(AuditRun.State state, int accounts, int accountsChecked, long entries, long entriesChecked, int accountsOff, int entriesOff,
      Long debits, Long credits, Instant heartbeat) {
    return new AuditRun(7, state, accounts, accountsChecked, entries, entriesChecked, 0, accountsOff, entriesOff, debits == null ? null : Money.ofSatang(debits),
        credits == null ? null : Money.ofSatang(credits), "treasurer", T, heartbeat, state == AuditRun.State.DONE ? T.plusSeconds(5) : null);
  }

  @Test
  void progressCountsAccountsAndEntriesTogetherAndReaches100OnlyWhenDone() {
    assertThat(run(AuditRun.State.RUNNING, 100, 0, 300, 0, 0, 0, null, null, T).percent()).isZero();
    assertThat(run(AuditRun.State.RUNNING, 100, 100, 300, 100, 0, 0, null, null, T).percent()).isEqualTo(50);
    // everything counted but the totals not read yet: still running, so not 100
    assertThat(run(AuditRun.State.RUNNING, 100, 100, 300, 300, 0, 0, null, null, T).percent()).isEqualTo(99);
    // accounts opened while it runs are checked too: the count passes its start figure, the per cent stays sane
    assertThat(run(AuditRun.State.RUNNING, 100, 150, 300, 0, 0, 0, null, null, T).percent()).isEqualTo(33);
    assertThat(run(AuditRun.State.RUNNING, 0, 0, 0, 0, 0, 0, null, null, T).percent()).isZero();
    assertThat(run(AuditRun.State.DONE, 0, 0, 0, 0, 0, 0, 0L, 0L, T).percent()).isEqualTo(100);
  }

  @Test
  void cleanOnlyWhenDoneWithNothingOffAndTheTotalsEqual() {
    assertThat(run(AuditRun.State.DONE, 10, 10, 20, 20, 0, 0, 500L, 500L, T).clean()).isTrue();
    assertThat(run(AuditRun.State.RUNNING, 10, 10, 20, 20, 0, 0, null, null, T).clean()).as("not known while running").isFalse();
    assertThat(run(AuditRun.State.DONE, 10, 10, 20, 20, 1, 0, 500L, 500L, T).clean()).isFalse();
    assertThat(run(AuditRun.State.DONE, 10, 10, 20, 20, 0, 1, 500L, 500L, T).clean()).isFalse();
    AuditRun unequal = run(AuditRun.State.DONE, 10, 10, 20, 20, 0, 0, 500L, 499L, T);
    assertThat(unequal.clean()).isFalse();
    assertThat(unequal.totalsAgree()).isFalse();
    assertThat(run(AuditRun.State.RUNNING, 10, 1, 20, 0, 0, 0, null, null, T).totalsAgree()).isNull();
  }

  @Test
  void aRunningRunIsStalledOnceItsHeartbeatIsOlderThanAMinute() {
    AuditRun running = run(AuditRun.State.RUNNING, 10, 1, 20, 0, 0, 0, null, null, T);
    assertThat(running.stalled(T.plusSeconds(59))).isFalse();
    assertThat(running.stalled(T.plusSeconds(61))).isTrue();
    assertThat(run(AuditRun.State.DONE, 10, 10, 20, 20, 0, 0, 0L, 0L, T).stalled(T.plusSeconds(3600))).as("a done run is never taken over").isFalse();
  }

  @Test
  void anAccountSummedOverStepsAddsEachSideAndRefusesALineOutOfOrder() {
    AccountTally tally = AccountTally.start(42).plus(5, 10, Side.DEBIT, 1_000).plus(5, 11, Side.CREDIT, 300).plus(9, 2, Side.DEBIT, 50);
    assertThat(tally.lastEntryId()).isEqualTo(9);
    assertThat(tally.lastLineId()).isEqualTo(2);
    assertThat(tally.agreesWith(1_050, 300)).isTrue();
    assertThat(tally.agreesWith(1_050, 301)).isFalse();
    assertThat(tally.agreesWith(1_049, 300)).isFalse();
    assertThatThrownBy(() -> tally.plus(9, 2, Side.DEBIT, 1)).as("the same line twice").isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tally.plus(8, 99, Side.DEBIT, 1)).as("an earlier entry").isInstanceOf(IllegalStateException.class);
  }
}
