package coop.fairshare.account;

import coop.fairshare.shared.BadInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a new password too easy to guess, beyond its length: one of the passwords people use
 * most (a short list shipped with the shop), the username inside it, one character repeated, a
 * run like 1234… or abcd…, or a short piece repeated (abcabc…, 121212…). Each refusal has its key.
 */
public final class PasswordStrength {

  private static final String COMMON_LIST = "common-passwords.txt";
  private static final Set<String> COMMON = load();

  private PasswordStrength() {}

  /** Refuses a password too easy to guess for this username; its length is checked with the form. */
  public static void require(String username, String password) {
    if (password == null || password.isEmpty()) {
      throw new BadInput("registration.password.required").on("password");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      throw new BadInput("registration.password.common").on("password");
    }
    if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      throw new BadInput("registration.password.containsUsername").on("password");
    }
    if (isRun(lower) || repeatsAShortPiece(lower)) {
      throw new BadInput("registration.password.tooSimple").on("password");
    }
  }

  /** Each character one above (or each one below) the one before: 1234…, abcd…, 9876…. */
  private static boolean isRun(String password) {
    if (password.length() < 2) {
      return false;
    }
    int step = password.charAt(1) - password.charAt(0);
    if (Math.abs(step) != 1) {
      return false;
    }
    for (int i = 2; i < password.length(); i++) {
      if (password.charAt(i) - password.charAt(i - 1) != step) {
        return false;
      }
    }
    return true;
  }

  /** The whole password is a piece of one to four characters said again and again (1111…, abab…). */
  private static boolean repeatsAShortPiece(String password) {
    for (int piece = 1; piece <= 4 && piece < password.length(); piece++) {
      boolean repeats = true;
      for (int i = piece; i < password.length() && repeats; i++) {
        repeats = password.charAt(i) == password.charAt(i - piece);
      }
      if (repeats) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load() {
    InputStream list = PasswordStrength.class.getResourceAsStream(COMMON_LIST);
    if (list == null) {
      throw new IllegalStateException(COMMON_LIST + " is missing from the application");
    }
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
      return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
