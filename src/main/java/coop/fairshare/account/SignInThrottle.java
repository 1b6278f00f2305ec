package coop.fairshare.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How repeated wrong passwords are slowed, instead of locking the account: a few failures are
 * free, then each further try from the same place waits a delay that doubles with every failure,
 * up to a ceiling. Failures are counted for an account from one client address (so a stranger
 * guessing a treasurer's password never keeps the treasurer herself out) and for a client address
 * over all accounts (so one address cannot spray guesses across many usernames). A quiet spell
 * longer than {@code forgetAfter} starts the count again.
 *
 * @param freeFailuresPerAccount failures of one account from one address before the first delay
 * @param freeFailuresPerAddress failures from one address, any accounts, before the first delay
 */
public record SignInThrottle(int freeFailuresPerAccount, int freeFailuresPerAddress, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

  public static final SignInThrottle DEFAULT = new SignInThrottle(5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

  public SignInThrottle {
    if (freeFailuresPerAccount < 1 || freeFailuresPerAddress < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
      throw new IllegalStateException("sign-in throttle settings do not fit together");
    }
  }

  /** How long further tries wait after this many failures in a row; zero while they are free. */
  public Duration delayAfter(int failures, int free) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free, 30);
    long millis = firstDelay.toMillis() << doublings;
    return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
  }

  /** What is counted for one account from one address, as stored: a SHA-256, whatever was typed. */
  static String accountKey(String username, String address) {
    return sha256("account\n" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + address(address));
  }

  static String addressKey(String address) {
    return sha256("address\n" + address(address));
  }

  private static String address(String address) {
    return address == null || address.isBlank() ? "unknown" : address.strip().toLowerCase(Locale.ROOT);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
