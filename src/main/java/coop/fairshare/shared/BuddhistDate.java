package coop.fairshare.shared;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A date as Thai papers write it, in the Buddhist era (พ.ศ. = ค.ศ. + 543): "5 ต.ค. 2569" for Thai
 * readers and "5 Oct 2569 BE" for English ones, so a passbook reads the same year in both languages.
 * The month names are written here, not taken from the JDK's locale data, so a printed date never
 * changes with the Java version.
 */
public final class BuddhistDate {

  /** Years between the Common era and the Buddhist era as Thailand counts it. */
  public static final int ERA_OFFSET = 543;

  private static final String[] THAI_MONTHS = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."
  };
  private static final String[] ENGLISH_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private BuddhistDate() {}

  public static int year(LocalDate date) {
    return date.getYear() + ERA_OFFSET;
  }

  /** The date in the reader's language; Thai unless she reads English (as {@link Bilingual} picks). */
  public static String format(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    int month = date.getMonthValue() - 1;
    if (locale != null && "en".equals(locale.getLanguage())) {
      return date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + year(date) + " BE";
    }
    return date.getDayOfMonth() + " " + THAI_MONTHS[month] + " " + year(date);
  }
}
