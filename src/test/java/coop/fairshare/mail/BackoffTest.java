package coop.fairshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  @Test
  void theWaitDoublesAfterEachFailureUpToTheCeiling() {
    Backoff backoff = Backoff.everyMinuteDoublingToAnHour(Duration.ofMinutes(1));

    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(backoff.delayAfter(7)).as("64 minutes is over the ceiling").isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delayAfter(11)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delayAfter(1_000)).as("no overflow however many").isEqualTo(Duration.ofHours(1));
  }

  @Test
  void afterTheLastTryThereIsNoNextOne() {
    Backoff backoff = Backoff.everyMinuteDoublingToAnHour(Duration.ofMinutes(1));

    assertThat(backoff.attempts()).isEqualTo(12);
    assertThat(backoff.nextAttempt(1, NOW)).contains(NOW.plusSeconds(60));
    assertThat(backoff.nextAttempt(11, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    assertThat(backoff.nextAttempt(12, NOW)).isEmpty();
    // twelve tries take 1+2+4+8+16+32 minutes and then six hours at most: a mail server down for an afternoon loses nothing
    Duration total = Duration.ZERO;
    for (int failures = 1; failures < backoff.attempts(); failures++) {
      total = total.plus(backoff.delayAfter(failures));
    }
    assertThat(total).isEqualTo(Duration.ofMinutes(63).plus(Duration.ofHours(5)));
  }

  @Test
  void aQuickSweepInTheTestsStartsSmallAndAnOddBackoffIsRefused() {
    Backoff quick = Backoff.everyMinuteDoublingToAnHour(Duration.ofSeconds(1));
    assertThat(quick.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(quick.delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(Backoff.everyMinuteDoublingToAnHour(Duration.ofHours(2)).delayAfter(3)).as("a first wait above an hour is its own ceiling").isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1), 3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0)).isInstanceOf(IllegalStateException.class);
  }
}
