package coop.fairshare.split.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SalesPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

  @Test
  void anAddressNamesAPeriodOrGetsTheYear() {
    assertThat(SalesPeriod.named("MONTH")).isEqualTo(SalesPeriod.MONTH);
    assertThat(SalesPeriod.named("ALL")).isEqualTo(SalesPeriod.ALL);
    assertThat(SalesPeriod.named(null)).isEqualTo(SalesPeriod.YEAR);
    assertThat(SalesPeriod.named("month")).as("names are as the page's links write them").isEqualTo(SalesPeriod.YEAR);
    assertThat(SalesPeriod.named("<script>")).isEqualTo(SalesPeriod.YEAR);
  }

  @Test
  void eachPeriodEndsTodayAndStartsWhereItsNameSays() {
    assertThat(SalesPeriod.MONTH.from(TODAY)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(SalesPeriod.QUARTER.from(TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(SalesPeriod.YEAR.from(TODAY)).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(SalesPeriod.ALL.from(TODAY)).isEqualTo(LocalDate.of(2000, 1, 1));
  }
}
