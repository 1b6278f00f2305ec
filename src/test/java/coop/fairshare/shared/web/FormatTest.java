package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");
  private static final LocalDate NOVEMBER_23 = LocalDate.of(2026, 11, 23);

  private final Format format = new Format();

  @Test
  void writesThaiDatesInTheBuddhistEra() {
    String thai = format.date(NOVEMBER_23, THAI);

    assertThat(thai).startsWith("23 ").endsWith(" 2569").doesNotContain("2026");
    assertThat(format.date(NOVEMBER_23, Locale.forLanguageTag("th"))).isEqualTo(thai);
  }

  @Test
  void writesEnglishDatesInTheCommonEra() {
    assertThat(format.date(NOVEMBER_23, Locale.ENGLISH)).isEqualTo("23 Nov 2026");
    assertThat(format.date(LocalDate.of(2027, 1, 5), Locale.UK)).isEqualTo("5 Jan 2027");
  }

  @Test
  void writesPassbookDatesInTheBuddhistEraInBothLanguages() {
    assertThat(format.buddhistDate(NOVEMBER_23, Locale.ENGLISH)).isEqualTo("23 Nov 2569 BE");
    assertThat(format.buddhistDate(NOVEMBER_23, THAI)).isEqualTo("23 พ.ย. 2569").isEqualTo(format.date(NOVEMBER_23, THAI));
  }

  @Test
  void writesNothingForAMissingDate() {
    assertThat(format.date(null, THAI)).isEmpty();
  }

  @Test
  void writesKilogramsFromOneThousandGrams() {
    assertThat(format.weight(1500, THAI)).isEqualTo("1.50 kg");
    assertThat(format.weight(1000, Locale.ENGLISH)).isEqualTo("1.00 kg");
    assertThat(format.weight(1250, Locale.ENGLISH)).isEqualTo("1.25 kg");
    assertThat(format.weight(100_000, Locale.ENGLISH)).isEqualTo("100.00 kg");
  }

  @Test
  void writesGramsBelowOneKilogram() {
    assertThat(format.weight(250, THAI)).isEqualTo("250 g");
    assertThat(format.weight(999, Locale.ENGLISH)).isEqualTo("999 g");
    assertThat(format.weight(1, Locale.ENGLISH)).isEqualTo("1 g");
  }

  @Test
  void writesMoneyThroughMoneyAndNothingForMissingMoney() {
    assertThat(format.money(Money.ofBaht(new BigDecimal("1250.50")), Locale.ENGLISH)).isEqualTo("฿1,250.50");
    assertThat(format.money(null, THAI)).isEmpty();
  }
}
