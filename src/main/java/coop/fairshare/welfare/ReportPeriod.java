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
      throw new BadInput("welfare.report.periodOrder").on("from");
    }
    if (to.isBefore(from)) {
      throw new BadInput("welfare.report.periodOrder").on("to");
    }
    if (from.plusMonths(MOST_MONTHS).isBefore(to.plusMonths(1))) {
      throw new BadInput("welfare.report.tooLong", MOST_MONTHS).on("from");
    }
  }

  /** The months asked for, either left out meaning this year's January or this month. */
  public static ReportPeriod of(YearMonth from, YearMonth to, YearMonth thisMonth) {
    return new ReportPeriod(from == null ? YearMonth.of(thisMonth.getYear(), 1) : from, to == null ? thisMonth : to);
  }

  /** A month as typed ("2026-03"), none when nothing was typed, refused beside its field when it is no month. */
  public static YearMonth month(String typed, String field) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(typed.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInput("welfare.report.monthInvalid", typed.strip()).on(field);
    }
  }

  public LocalDate firstDay() {
    return from.atDay(1);
  }

  public LocalDate lastDay() {
    return to.atEndOfMonth();
  }
}
