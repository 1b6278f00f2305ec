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

  /** A period as written: a month ("2026-10") for monthly posting, a year ("2026") for yearly. */
  public InterestPeriod parse(String written) {
    String text = written == null ? "" : written.strip();
    try {
      if (this == MONTHLY && text.matches("\\d{4}-\\d{2}")) {
        return InterestPeriod.of(YearMonth.parse(text));
      }
      if (this == YEARLY && text.matches("\\d{4}")) {
        return InterestPeriod.of(Year.parse(text));
      }
    } catch (java.time.format.DateTimeParseException e) {
      // falls through to the refusal
    }
    throw new coop.fairshare.shared.BadInput(this == MONTHLY ? "savings.interest.period.month" : "savings.interest.period.year").on("period");
  }

  /** The period as written: "2026-10" or "2026". */
  public String label(InterestPeriod period) {
    return this == MONTHLY ? YearMonth.from(period.first()).toString() : String.valueOf(period.first().getYear());
  }
}
