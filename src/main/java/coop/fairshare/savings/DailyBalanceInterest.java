package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Interest as Apache Fineract's daily-balance method computes it: for each day of the period, the
 * balance at that day's end times the annual rate over 365, summed, and rounded once, half up, to
 * the satang. A movement counts from the end of its value date (a deposit dated the 5th earns from
 * the 5th's end of day). A day whose end-of-day balance is below the product's minimum balance
 * earns nothing. All in whole numbers until the one rounding.
 */
public final class DailyBalanceInterest {

  private static final long WHOLE = 10_000;
  private static final long DAYS_IN_YEAR = 365;

  private DailyBalanceInterest() {}

  /**
   * @param openingBalance the balance at the end of the day before the period (all earlier movements)
   * @param movements the period's movements, each dated within it
   * @param annualRateBp the annual rate in basis points (350 = 3.50 %)
   * @param minimumBalance a day's end balance below this earns no interest
   */
  public static Money interest(InterestPeriod period, Money openingBalance, List<SavingsMovement> movements, int annualRateBp, Money minimumBalance) {
    if (annualRateBp < 0) {
      throw new IllegalStateException("a negative rate");
    }
    List<SavingsMovement> inOrder = new ArrayList<>(movements);
    inOrder.sort(Comparator.comparing(SavingsMovement::valueDate));
    for (SavingsMovement m : inOrder) {
      if (!period.contains(m.valueDate())) {
        throw new IllegalStateException("a movement dated " + m.valueDate() + " outside " + period);
      }
    }
    // Σ over the days of the end-of-day balance, in satang-days: one step per stretch of equal balance
    BigInteger satangDays = BigInteger.ZERO;
    long balance = openingBalance.satang();
    LocalDate day = period.first();
    int next = 0;
    while (!day.isAfter(period.last())) {
      while (next < inOrder.size() && inOrder.get(next).valueDate().equals(day)) {
        balance = Math.addExact(balance, inOrder.get(next).amount().satang());
        next++;
      }
      LocalDate stretchEnd = next < inOrder.size() ? inOrder.get(next).valueDate().minusDays(1) : period.last();
      long days = java.time.temporal.ChronoUnit.DAYS.between(day, stretchEnd) + 1;
      if (balance > 0 && balance >= minimumBalance.satang()) {
        satangDays = satangDays.add(BigInteger.valueOf(balance).multiply(BigInteger.valueOf(days)));
      }
      day = stretchEnd.plusDays(1);
    }
    BigInteger divisor = BigInteger.valueOf(WHOLE * DAYS_IN_YEAR);
    BigInteger scaled = satangDays.multiply(BigInteger.valueOf(annualRateBp));
    // half up: add half the divisor before the whole-number division (all figures are ≥ 0)
    return Money.ofSatang(scaled.add(divisor.shiftRight(1)).divide(divisor).longValueExact());
  }
}
