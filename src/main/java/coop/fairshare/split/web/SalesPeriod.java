package coop.fairshare.split.web;

import java.time.LocalDate;
import java.util.Arrays;

/** The periods a producer or a maker looks at her sales over, each ending today. */
public enum SalesPeriod {
  MONTH, QUARTER, YEAR, ALL;

  /** The period an address names ({@code ?period=MONTH}); the year when it names none or one unknown. */
  public static SalesPeriod named(String name) {
    return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst().orElse(YEAR);
  }

  /** Its first day, for a period ending {@code today}. */
  public LocalDate from(LocalDate today) {
    return switch (this) {
      case MONTH -> today.withDayOfMonth(1);
      case QUARTER -> today.minusMonths(3).plusDays(1);
      case YEAR -> today.minusYears(1).plusDays(1);
      case ALL -> LocalDate.of(2000, 1, 1);
    };
  }
}
