package coop.fairshare.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * An amount of Thai baht held as whole satang (100 satang = 1 baht), the unit Stripe also uses for
 * THB. Never a floating-point number: every sum and split stays exact to the satang.
 */
public record Money(long satang) implements Comparable<Money>, Serializable {

  public static final Money ZERO = new Money(0);

  public static Money ofSatang(long satang) {
    return new Money(satang);
  }

  public static Money ofBaht(long baht) {
    return new Money(Math.multiplyExact(baht, 100L));
  }

  /** Reads a baht amount typed by a person or sent by a client, refusing fractions of a satang. */
  public static Money ofBaht(BigDecimal baht) {
    if (baht == null) {
      throw new BadInput("money.required");
    }
    if (baht.precision() - baht.scale() > 17) {
      throw new BadInput("money.tooLarge"); // before any arithmetic: 1E+10000000 would cost seconds
    }
    try {
      return new Money(baht.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    } catch (ArithmeticException e) {
      throw new BadInput("money.decimals");
    }
  }

  /** A baht amount as typed in a form ("1,250.50"); refused like {@link #ofBaht(BigDecimal)}, or when it is not a number. */
  public static Money parseBaht(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > 30) {
      throw new BadInput("money.required");
    }
    try {
      return ofBaht(new BigDecimal(typed.strip().replace(",", "")));
    } catch (NumberFormatException e) {
      throw new BadInput("money.notNumber");
    }
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(satang, other.satang));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(satang, other.satang));
  }

  public Money times(long quantity) {
    return new Money(Math.multiplyExact(satang, quantity));
  }

  /**
   * This amount shared among parts in proportion to their weights, in whole satang that add up to
   * it exactly: each part is rounded down, and the satang left over go one each to the parts with
   * the largest remainders (the earlier part first where they tie). A part of weight zero gets none.
   */
  public List<Money> sharedInProportionTo(List<Money> weights) {
    long whole = weights.stream().mapToLong(Money::satang).sum();
    if (weights.isEmpty() || whole <= 0 || weights.stream().anyMatch(Money::isNegative) || isNegative()) {
      throw new IllegalStateException("an amount is shared among positive weights only");
    }
    long[] part = new long[weights.size()];
    long[] remainder = new long[weights.size()];
    long given = 0;
    for (int i = 0; i < part.length; i++) {
      java.math.BigInteger exact = java.math.BigInteger.valueOf(satang).multiply(java.math.BigInteger.valueOf(weights.get(i).satang()));
      java.math.BigInteger[] division = exact.divideAndRemainder(java.math.BigInteger.valueOf(whole));
      part[i] = division[0].longValueExact();
      remainder[i] = division[1].longValueExact();
      given += part[i];
    }
    for (long left = satang - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < part.length; i++) {
        if (remainder[i] > 0 && (best < 0 || remainder[i] > remainder[best])) {
          best = i;
        }
      }
      part[best]++;
      remainder[best] = 0;
    }
    List<Money> shares = new java.util.ArrayList<>();
    for (long p : part) {
      shares.add(new Money(p));
    }
    return shares;
  }

  /** The same amount the other way: money out where it was money in. */
  public Money negated() {
    return new Money(Math.negateExact(satang));
  }

  public boolean isPositive() {
    return satang > 0;
  }

  public boolean isNegative() {
    return satang < 0;
  }

  /** The amount in baht with scale 2, for the edges of the system (JSON, forms). */
  public BigDecimal toBaht() {
    return BigDecimal.valueOf(satang, 2);
  }

  /** "฿1,250.00" in either language; Thai readers use the same digits and symbol. */
  public String format(Locale locale) {
    // written out from the satang: Thai and US number formats group and separate alike, and a
    // NumberFormat made per amount was a twentieth of an order page's render
    if (satang == Long.MIN_VALUE) {
      NumberFormat number = NumberFormat.getNumberInstance(Locale.US);
      number.setMinimumFractionDigits(2);
      return "฿" + number.format(toBaht());
    }
    long whole = Math.abs(satang) / 100;
    int cents = (int) (Math.abs(satang) % 100);
    String digits = Long.toString(whole);
    StringBuilder text = new StringBuilder(digits.length() + 8).append('฿');
    if (satang < 0) {
      text.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10)).toString();
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(satang, other.satang);
  }

  @Override
  public String toString() {
    return toBaht().toPlainString() + " THB";
  }
}
