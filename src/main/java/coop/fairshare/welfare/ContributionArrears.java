package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * What a member owes the fund before this month: every month from the month she joined the fund to
 * the month before this one is due at the contribution of the version in force on its first day;
 * the months she paid (counted and summed from her contributions, each stored at the amount it was
 * due) come off. Months paid ahead are not counted against the months owed.
 */
public record ContributionArrears(int monthsOwed, Money amountOwed) implements Serializable {

  public static final ContributionArrears NONE = new ContributionArrears(0, Money.ZERO);

  /**
   * @param paidMonthsBefore how many of her months before {@code thisMonth} she has paid
   * @param paidBefore what those months' contributions came to
   * @param monthly the contribution due for a month
   */
  public static ContributionArrears of(YearMonth joined, YearMonth thisMonth, long paidMonthsBefore, Money paidBefore, Function<YearMonth, Money> monthly) {
    int due = 0;
    Money dueAmount = Money.ZERO;
    for (YearMonth m = joined; m.isBefore(thisMonth); m = m.plusMonths(1)) {
      due++;
      dueAmount = dueAmount.plus(monthly.apply(m));
    }
    int owed = (int) Math.max(0, due - paidMonthsBefore);
    Money amount = dueAmount.minus(paidBefore);
    return owed == 0 ? NONE : new ContributionArrears(owed, amount.isNegative() ? Money.ZERO : amount);
  }

  public boolean isBehind() {
    return monthsOwed > 0;
  }
}
