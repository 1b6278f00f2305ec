package coop.fairshare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final SignInThrottle throttle = new SignInThrottle(5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

  @Test
  void theFirstFailuresAreFree() {
    for (int failures = 0; failures < 5; failures++) {
      assertThat(throttle.delayAfter(failures, 5)).isZero();
    }
  }

  @Test
  void thenEachFailureDoublesTheDelayUpToTheCeiling() {
    assertThat(throttle.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(throttle.delayAfter(7, 5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(throttle.delayAfter(13, 5)).isEqualTo(Duration.ofSeconds(512));
    assertThat(throttle.delayAfter(14, 5)).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.delayAfter(1_000_000, 5)).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.delayAfter(Integer.MAX_VALUE, 5)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anAddressHasItsOwnAllowance() {
    assertThat(throttle.delayAfter(29, throttle.freeFailuresPerAddress())).isZero();
    assertThat(throttle.delayAfter(30, throttle.freeFailuresPerAddress())).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void anAccountIsCountedPerAddressSoAStrangerCannotKeepItsOwnerOut() {
    assertThat(SignInThrottle.accountKey("treasurer", "203.0.113.9")).isNotEqualTo(SignInThrottle.accountKey("treasurer", "198.51.100.4"));
    assertThat(SignInThrottle.accountKey(" Treasurer ", "203.0.113.9")).isEqualTo(SignInThrottle.accountKey("treasurer", "203.0.113.9"));
    assertThat(SignInThrottle.accountKey("treasurer", "203.0.113.9")).isNotEqualTo(SignInThrottle.addressKey("203.0.113.9"));
    assertThat(SignInThrottle.accountKey("x".repeat(10_000), null)).matches("[0-9a-f]{64}");
    assertThat(SignInThrottle.addressKey(null)).isEqualTo(SignInThrottle.addressKey(" "));
  }

  @Test
  void settingsThatDoNotFitAreRefused() {
    assertThatThrownBy(() -> new SignInThrottle(0, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SignInThrottle(5, 30, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofHours(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SignInThrottle(5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
  }
}
