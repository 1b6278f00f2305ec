package coop.fairshare.savings.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.savings.SavingsCount;
import coop.fairshare.savings.SavingsCounts;
import coop.fairshare.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The totals page's arithmetic (which page of groups an address asks for, the bars' lengths), and
 * what it shows of a count that finishes while the page is drawn.
 */
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

  @Test
  void aCountFinishingWhileThePageIsDrawnIsShownRunningOrDoneNeverNeither() throws Exception {
    // count 3 is running when the page first asks, and done by its next question, whichever it asks first
    for (boolean countFirst : new boolean[] {true, false}) {
      SavingsTotalsPage page = pageOn(new FinishingAfterFirstRead());
      SavingsCount counted = countFirst ? page.getCount() : null;
      SavingsCount counting = page.getCounting();
      counted = countFirst ? counted : page.getCount();
      // neither would leave the page without its count and no longer looking again for it
      assertThat(counting != null || (counted != null && counted.id() == 3)).as("count asked first: " + countFirst).isTrue();
      assertThat(counted).as("what is shown is a finished count").isNotNull().extracting(SavingsCount::running).isEqualTo(false);
    }
  }

  /** Count 2 done; count 3 running at the first read of any kind, done from the second on. */
  private static final class FinishingAfterFirstRead extends SavingsCounts {

    private int reads;

    @Override
    public Optional<SavingsCount> latest() {
      return Optional.of(reads++ == 0 ? count(3, SavingsCount.State.RUNNING) : count(3, SavingsCount.State.DONE));
    }

    @Override
    public Optional<SavingsCount> latestCounted() {
      return Optional.of(reads++ == 0 ? count(2, SavingsCount.State.DONE) : count(3, SavingsCount.State.DONE));
    }

    private static SavingsCount count(long id, SavingsCount.State state) {
      Instant at = Instant.parse("2026-12-03T18:00:00Z");
      return new SavingsCount(id, state, 10, state == SavingsCount.State.DONE ? 10 : 4, 4, Money.ofBaht(100), 2, Money.ofBaht(60), "treasurer", at, at,
          state == SavingsCount.State.DONE ? at : null);
    }
  }

  private static SavingsTotalsPage pageOn(SavingsCounts counts) throws ReflectiveOperationException {
    SavingsTotalsPage page = new SavingsTotalsPage();
    java.lang.reflect.Field field = SavingsTotalsPage.class.getDeclaredField("counts");
    field.setAccessible(true);
    field.set(page, counts);
    return page;
  }
}
