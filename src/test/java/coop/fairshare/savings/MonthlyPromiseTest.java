package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.savings.MonthlyPromise.Arrears;
import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The monthly promise (สัจจะ): months due, what is missing and how many months behind. */
class MonthlyPromiseTest {

  private static final Money HUNDRED = Money.ofBaht(100);
  private final MonthlyPromise promise = MonthlyPromise.of(HUNDRED, LocalDate.of(2026, 6, 20));

  @Test
  void theOpeningMonthAndTheCurrentMonthBothCount() {
    assertThat(promise.monthsDue(YearMonth.of(2026, 6))).isEqualTo(1);
    assertThat(promise.monthsDue(YearMonth.of(2026, 11))).isEqualTo(6);
    // across a year's end
    assertThat(promise.monthsDue(YearMonth.of(2027, 1))).isEqualTo(8);
  }

  @Test
  void nothingIsDueBeforeTheAccountOpened() {
    assertThat(promise.monthsDue(YearMonth.of(2026, 5))).isZero();
    Arrears before = promise.standing(YearMonth.of(2026, 5), Money.ZERO);
    assertThat(before.behind()).isFalse();
    assertThat(before.monthsBehind()).isZero();
  }

  @Test
  void missingIsExpectedLessPaidAndMonthsBehindRoundUp() {
    // six months of ฿100 due, ฿350 paid: ฿250 missing, a part-paid month counts as behind: 3 months
    Arrears a = promise.standing(YearMonth.of(2026, 11), Money.ofBaht(350));
    assertThat(a.monthsDue()).isEqualTo(6);
    assertThat(a.expected()).isEqualTo(Money.ofBaht(600));
    assertThat(a.paid()).isEqualTo(Money.ofBaht(350));
    assertThat(a.missing()).isEqualTo(Money.ofBaht(250));
    assertThat(a.monthsBehind()).isEqualTo(3);
    assertThat(a.behind()).isTrue();
  }

  @Test
  void oneSatangShortIsOneMonthBehind() {
    Arrears a = promise.standing(YearMonth.of(2026, 7), Money.ofSatang(19_999));
    assertThat(a.missing()).isEqualTo(Money.ofSatang(1));
    assertThat(a.monthsBehind()).isEqualTo(1);
  }

  @Test
  void whatIsPaidExactlyOrAheadLeavesNothingMissing() {
    assertThat(promise.standing(YearMonth.of(2026, 8), Money.ofBaht(300)).behind()).isFalse();
    Arrears ahead = promise.standing(YearMonth.of(2026, 8), Money.ofBaht(1000));
    assertThat(ahead.missing()).isEqualTo(Money.ZERO);
    assertThat(ahead.monthsBehind()).isZero();
  }

  @Test
  void nothingPaidIsEveryMonthBehind() {
    Arrears a = promise.standing(YearMonth.of(2026, 11), Money.ZERO);
    assertThat(a.missing()).isEqualTo(Money.ofBaht(600));
    assertThat(a.monthsBehind()).isEqualTo(6);
  }
}
