package coop.fairshare.shared.web;

import coop.fairshare.shared.BuddhistDate;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write money and dates. Thai readers get Buddhist-era years (พ.ศ. = ค.ศ. + 543),
 * formatted here because the date pickers cannot.
 */
@Named("fmt")
@ApplicationScoped
public class Format {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** A count with thousands grouped (1,000,000), as both Thai and English write it. */
  public String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  public String money(Money money, Locale locale) {
    return money == null ? "" : money.format(locale);
  }

  public String date(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    if ("th".equals(locale.getLanguage())) {
      return BuddhistDate.format(date, locale);
    }
    return ENGLISH_DATE.format(date);
  }

  /** A date in the Buddhist era in both languages ("5 Oct 2569 BE"), as the passbook prints it. */
  public String buddhistDate(LocalDate date, Locale locale) {
    return BuddhistDate.format(date, locale);
  }

  /** A moment as the clock in Thailand showed it: date and hh:mm. */
  public String dateTime(Instant instant, Locale locale) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime local = instant.atZone(CoopTime.ZONE);
    return date(local.toLocalDate(), locale) + " " + TIME.format(local);
  }

  public String weight(int grams, Locale locale) {
    if (grams >= 1000) {
      return String.format(Locale.ROOT, "%d.%02d kg", grams / 1000, (grams % 1000) / 10);
    }
    return grams + " g";
  }
}
