package coop.fairshare.ledger.web;

import coop.fairshare.shared.CoopTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates typed into the treasurer's forms and the months and moments the pages show. Thai readers
 * think in Buddhist-era years, so a year from 2400 on is read as B.E. (no C.E. year of the ledger
 * is that large) and months and moments are written in B.E. for them.
 */
public final class Dates {

  private static final int BUDDHIST_OFFSET = 543;
  private static final int FIRST_BUDDHIST_YEAR = 2400;
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Locale THAI = Locale.forLanguageTag("th-TH");
  private static final DateTimeFormatter THAI_MONTH = DateTimeFormatter.ofPattern("MMMM", THAI);
  private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter THAI_MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", THAI);
  private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private Dates() {}

  /** A yyyy-MM-dd date (what a date input sends); empty when blank or not a real date. */
  public static Optional<LocalDate> date(String typed) {
    Matcher m = typed == null ? null : DATE.matcher(typed.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A yyyy-MM month; empty when blank or not a real month. */
  public static Optional<YearMonth> month(String typed) {
    Matcher m = typed == null ? null : MONTH.matcher(typed.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    return year >= FIRST_BUDDHIST_YEAR ? year - BUDDHIST_OFFSET : year;
  }

  /** "พฤษภาคม 2568" or "May 2025". */
  public static String monthName(YearMonth month, Locale locale) {
    if ("th".equals(locale.getLanguage())) {
      return THAI_MONTH.format(month) + " " + (month.getYear() + BUDDHIST_OFFSET);
    }
    return ENGLISH_MONTH.format(month);
  }

  /** A moment as Bangkok wall-clock time, the way the treasurers read it. */
  public static String moment(Instant instant, Locale locale) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime bangkok = instant.atZone(CoopTime.ZONE);
    if ("th".equals(locale.getLanguage())) {
      return THAI_MOMENT.format(ThaiBuddhistDate.from(bangkok.toLocalDate()).atTime(bangkok.toLocalTime()));
    }
    return ENGLISH_MOMENT.format(bangkok);
  }
}
