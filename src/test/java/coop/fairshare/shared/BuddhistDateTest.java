package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuddhistDateTest {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  @Test
  void writesThaiDatesWithTheThaiMonthAndTheBuddhistYear() {
    assertThat(BuddhistDate.format(LocalDate.of(2026, 10, 5), THAI)).isEqualTo("5 ต.ค. 2569");
    assertThat(BuddhistDate.format(LocalDate.of(2027, 1, 31), Locale.forLanguageTag("th"))).isEqualTo("31 ม.ค. 2570");
    assertThat(BuddhistDate.format(LocalDate.of(2026, 12, 31), THAI)).isEqualTo("31 ธ.ค. 2569");
  }

  @Test
  void writesEnglishDatesInTheBuddhistEraToo() {
    assertThat(BuddhistDate.format(LocalDate.of(2026, 10, 5), Locale.ENGLISH)).isEqualTo("5 Oct 2569 BE");
    assertThat(BuddhistDate.format(LocalDate.of(2027, 9, 1), Locale.UK)).isEqualTo("1 Sep 2570 BE");
  }

  @Test
  void namesEveryMonthInBothLanguages() {
    String[] thai = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    String[] english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int month = 1; month <= 12; month++) {
      LocalDate date = LocalDate.of(2026, month, 15);
      assertThat(BuddhistDate.format(date, THAI)).isEqualTo("15 " + thai[month - 1] + " 2569");
      assertThat(BuddhistDate.format(date, Locale.ENGLISH)).isEqualTo("15 " + english[month - 1] + " 2569 BE");
    }
  }

  @Test
  void countsTheYearFromTheCommonEraPlus543() {
    assertThat(BuddhistDate.year(LocalDate.of(2026, 1, 1))).isEqualTo(2569);
    assertThat(BuddhistDate.year(LocalDate.of(1957, 6, 24))).isEqualTo(2500);
  }

  @Test
  void readsThaiWhenTheLanguageIsNeitherThaiNorEnglish() {
    assertThat(BuddhistDate.format(LocalDate.of(2026, 2, 28), Locale.FRENCH)).isEqualTo("28 ก.พ. 2569");
    assertThat(BuddhistDate.format(LocalDate.of(2026, 2, 28), null)).isEqualTo("28 ก.พ. 2569");
  }

  @Test
  void writesNothingForAMissingDate() {
    assertThat(BuddhistDate.format(null, THAI)).isEmpty();
  }
}
