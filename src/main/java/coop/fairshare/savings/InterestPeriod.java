package coop.fairshare.savings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The days one posting of interest covers: a calendar month, or a calendar year for yearly posting. */
public record InterestPeriod(LocalDate first, LocalDate last) implements Serializable {

  public InterestPeriod {
    if (first.isAfter(last)) {
      throw new IllegalStateException("a period from " + first + " to " + last);
    }
  }

  public static InterestPeriod of(YearMonth month) {
    return new InterestPeriod(month.atDay(1), month.atEndOfMonth());
  }

  public static InterestPeriod of(Year year) {
    return new InterestPeriod(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** Interest for a period is posted only once its last day is over. */
  public boolean hasEndedBy(LocalDate today) {
    return today.isAfter(last);
  }
}
