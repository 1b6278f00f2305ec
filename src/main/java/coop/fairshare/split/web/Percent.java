package coop.fairshare.split.web;

import java.math.BigDecimal;
import java.util.OptionalInt;

/** Percentages as people type them ("70", "70.00", "12.5%") and basis points as they read them. */
final class Percent {

  private static final int MAX_CHARS = 12;

  private Percent() {}

  /** Basis points, exactly: a share with more than two decimals is refused, never rounded. */
  static OptionalInt basisPoints(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > MAX_CHARS) {
      return OptionalInt.empty();
    }
    String number = typed.strip();
    if (number.endsWith("%")) {
      number = number.substring(0, number.length() - 1).strip();
    }
    try {
      return OptionalInt.of(new BigDecimal(number).movePointRight(2).intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return OptionalInt.empty();
    }
  }

  /** "70.00" for 7000. */
  static String of(long basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).toPlainString();
  }
}
