package coop.fairshare.savings.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The totals page's arithmetic: which page of groups an address asks for, and the bars' lengths. */
class SavingsTotalsPageTest {

  @Test
  void aPageOfTheCountIsShown() {
    assertThat(SavingsTotalsPage.pageAsked("0", 200)).isZero();
    assertThat(SavingsTotalsPage.pageAsked("2", 200)).isEqualTo(2);
    assertThat(SavingsTotalsPage.pageAsked(" 199 ", 200)).isEqualTo(199);
  }

  @Test
  void anythingElseShowsTheFirstPage() {
    for (String asked : new String[] {null, "", "abc", "-5", "2.5", "1e3", "99999999999", "2147483648", "200", "999999999"}) {
      assertThat(SavingsTotalsPage.pageAsked(asked, 200)).as(asked).isZero();
    }
    // no count yet: no pages at all
    assertThat(SavingsTotalsPage.pageAsked("1", 0)).isZero();
  }

  @Test
  void aBarIsItsShareOfTheLargestInTenthsOfAPercent() {
    assertThat(SavingsTotalsPage.percent(Money.ofBaht(50), Money.ofBaht(100))).isEqualByComparingTo(new BigDecimal("50.0"));
    assertThat(SavingsTotalsPage.percent(Money.ofSatang(1), Money.ofSatang(3))).isEqualByComparingTo(new BigDecimal("33.3"));
    assertThat(SavingsTotalsPage.percent(Money.ofSatang(-5), Money.ofBaht(100))).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(SavingsTotalsPage.percent(Money.ofBaht(5), Money.ZERO)).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
