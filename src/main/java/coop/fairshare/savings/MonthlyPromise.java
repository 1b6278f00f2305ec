package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A member's promise (สัจจะ) to save a fixed amount every month, from the month her account opened:
 * the one place that says what she owes by a month and how far behind she is.
 */
public record MonthlyPromise(Money monthly, YearMonth from) implements Serializable {

  public MonthlyPromise {
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(from, "from");
    if (!monthly.isPositive()) {
      throw new IllegalStateException("a monthly promise is of more than 0 baht");
    }
  }

  public static MonthlyPromise of(Money monthly, LocalDate openedOn) {
    return new MonthlyPromise(monthly, YearMonth.from(openedOn));
  }

  /** Months due from the opening month through {@code upTo}, both counted; none before it opened. */
  public int monthsDue(YearMonth upTo) {
    return upTo.isBefore(from) ? 0 : Math.toIntExact(ChronoUnit.MONTHS.between(from, upTo) + 1);
  }

  /** Where she stands by the end of {@code upTo} having paid in {@code paid}: saving ahead is never "missing". */
  public Arrears standing(YearMonth upTo, Money paid) {
    int due = monthsDue(upTo);
    Money expected = monthly.times(due);
    Money short_ = expected.minus(paid);
    Money missing = short_.isPositive() ? short_ : Money.ZERO;
    // a month partly paid is a month behind
    int behind = Math.toIntExact((missing.satang() + monthly.satang() - 1) / monthly.satang());
    return new Arrears(due, expected, paid, missing, behind);
  }

  /** What a promise came to by a month: due, expected, paid, what is missing and in how many months. */
  public record Arrears(int monthsDue, Money expected, Money paid, Money missing, int monthsBehind) implements Serializable {

    public boolean behind() {
      return missing.isPositive();
    }
  }
}
