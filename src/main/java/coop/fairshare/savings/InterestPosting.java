package coop.fairshare.savings;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** How often a product's interest is posted: at each month's end or each year's. */
public enum InterestPosting {
  MONTHLY,
  YEARLY;

  /** The posting period a day falls in. */
  public InterestPeriod periodOf(LocalDate day) {
    return this == MONTHLY ? InterestPeriod.of(YearMonth.from(day)) : InterestPeriod.of(Year.from(day));
  }
}
