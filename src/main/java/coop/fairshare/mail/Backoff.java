package coop.fairshare.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: the first wait, doubled after each further
 * failure up to a ceiling, and a last try after which it stays failed (visible to the admin).
 */
public record Backoff(Duration first, Duration ceiling, int attempts) {

  public Backoff {
    if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || attempts < 1) {
      throw new IllegalStateException("a backoff needs a positive first wait, a ceiling at least as long and at least one try");
    }
  }

  /** A minute (the sweep's period), doubling up to an hour, twelve tries: about seven hours in all. */
  public static Backoff everyMinuteDoublingToAnHour(Duration first) {
    return new Backoff(first, Duration.ofHours(1).compareTo(first) < 0 ? first : Duration.ofHours(1), 12);
  }

  /** The wait after the given number of failed tries (1 for the first failure). */
  public Duration delayAfter(int failures) {
    Duration delay = first;
    for (int i = 1; i < failures && delay.compareTo(ceiling) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(ceiling) > 0 ? ceiling : delay;
  }

  /** When to try again after this many failed tries, or empty when that was the last. */
  public Optional<Instant> nextAttempt(int failures, Instant now) {
    return failures >= attempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failures)));
  }
}
