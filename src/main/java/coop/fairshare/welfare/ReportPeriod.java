package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The months a report covers, from the first day of {@code from} to the last of {@code to}: this
 * calendar year up to this month unless asked otherwise; at most ten years, never backwards.
 */
public record ReportPeriod(YearMonth from, YearMonth to) implements Serializable {

  static final int MOST_MONTHS = 120;

  public ReportPeriod {
    if (from == null || to == null) {
      throw new BadInput("welfare.report.period").on("from");
    }
    if (to.isBefore(from)) {
      throw new BadInput("welfare.report.period").on("to");
    }
    if (from.plusMonths(MOST_MONTHS).isBefore(to.plusMonths(1))) {
      throw new BadInput("welfare.report.tooLong", MOST_MONTHS).on("from");
    }
  }

  /** The months asked for, either left out meaning this year's January or this month. */
  public static ReportPeriod of(YearMonth from, YearMonth to, YearMonth thisMonth) {
    return new ReportPeriod(from == null ? YearMonth.of(thisMonth.getYear(), 1) : from, to == null ? thisMonth : to);
  }

  public LocalDate firstDay() {
    return from.atDay(1);
  }

  public LocalDate lastDay() {
    return to.atEndOfMonth();
  }
}
