package coop.fairshare.member;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.TextKey;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a gender and a date the way treasurers write them, for the API and the spreadsheet import:
 * FEMALE, MALE, OTHER (or หญิง, ชาย, อื่น ๆ), and 1970-01-31 or 31/1/1970 (a Buddhist-era year,
 * 2513, is taken as B.E.: 543 years later than C.E.). Anything else is refused with the field.
 */
public final class RegisterFields {

  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
  /** A year this late is a Buddhist-era year (no member was born or joined after 2400 C.E.). */
  private static final int FIRST_BE_YEAR = 2400;

  private RegisterFields() {}

  /** A gender; blank is missing. */
  public static Gender gender(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new BadInput("member.gender.required").on("gender");
    }
    String word = typed.strip().replace(" ", "");
    for (Gender g : Gender.values()) {
      if (g.name().equalsIgnoreCase(word)) {
        return g;
      }
    }
    return switch (word) {
      case "หญิง" -> Gender.FEMALE;
      case "ชาย" -> Gender.MALE;
      case "อื่น", "อื่นๆ" -> Gender.OTHER;
      default -> throw new BadInput("member.gender.unknown").on("gender");
    };
  }

  /** A date, or {@code null} when nothing was typed (the rules then say whether it was needed). */
  public static LocalDate date(String typed, String field) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String text = typed.strip();
    Matcher iso = ISO.matcher(text);
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    try {
      if (iso.matches()) {
        return LocalDate.of(year(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      if (dmy.matches()) {
        return LocalDate.of(year(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      }
    } catch (DateTimeException e) {
      // 31/02/1970 and the like: refused below, in the treasurer's words
    }
    throw new BadInput("member.date.invalid", new TextKey("field." + field)).on(field);
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    return year >= FIRST_BE_YEAR ? year - 543 : year;
  }
}
