package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many months of average payouts the fund's balance covers: the balance divided by the claims
 * paid over the last months, averaged per month, to one decimal rounded down (a treasurer should
 * not read more cover than there is). Nothing to say when nothing was paid.
 */
public record FundCover(Money balance, Money paidOverMonths, int months) implements Serializable {

  public FundCover {
    months = Math.max(1, months); // always the report's 12; never a division by zero
  }

  /** The claims paid per month on average over the months, in whole satang rounded down. */
  public Money averageMonthlyPayout() {
    return Money.ofSatang(paidOverMonths.satang() / months);
  }

  /** Months covered, e.g. 7.5; empty when no claim was paid over the months. */
  public Optional<BigDecimal> monthsCovered() {
    if (!paidOverMonths.isPositive()) {
      return Optional.empty();
    }
    long held = Math.max(0, balance.satang());
    // balance ÷ (paid ÷ months) = balance × months ÷ paid, without rounding the average first
    return Optional.of(BigDecimal.valueOf(held).multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(paidOverMonths.satang()), 1, RoundingMode.DOWN));
  }
}
