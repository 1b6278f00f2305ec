package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked by hand: Σ end-of-day balance × rate ÷ 365 over the period's days, rounded once, half up. */
class DailyBalanceInterestTest {

  private static final InterestPeriod OCTOBER = InterestPeriod.of(YearMonth.of(2026, 10));
  private static final int RATE = 350; // 3.50 % a year

  private static SavingsMovement on(int day, long baht) {
    return new SavingsMovement(LocalDate.of(2026, 10, day), Money.ofBaht(baht));
  }

  @Test
  void aThousandBahtAllOfOctoberEarnsThirtyOneDaysOfInterest() {
    // 1,000 × 3.5 % × 31 / 365 = 2.9726… → ฿2.97
    assertThat(OCTOBER.days()).isEqualTo(31);
    assertThat(DailyBalanceInterest.interest(OCTOBER, Money.ofBaht(1000), List.of(), RATE, Money.ZERO)).isEqualTo(Money.ofSatang(297));
  }

  @Test
  void aDepositDatedTheFifthEarnsFromTheFifthsEndOfDay() {
    // 1,000 for the 1st–4th, 1,500 for the 5th–31st: (1,000 × 4 + 1,500 × 27) × 3.5 % / 365 = 4.2671… → ฿4.27
    assertThat(DailyBalanceInterest.interest(OCTOBER, Money.ofBaht(1000), List.of(on(5, 500)), RATE, Money.ZERO)).isEqualTo(Money.ofSatang(427));
  }

  @Test
  void depositsAndWithdrawalsOnDifferentValueDatesInAnyOrder() {
    // 1,000 × 4 days + 1,500 × 15 days + 1,200 × 12 days = 40,900 baht-days × 3.5 % / 365 = 3.9219… → ฿3.92
    List<SavingsMovement> movements = List.of(on(20, -300), on(5, 500));
    assertThat(DailyBalanceInterest.interest(OCTOBER, Money.ofBaht(1000), movements, RATE, Money.ZERO)).isEqualTo(Money.ofSatang(392));
    // two movements on one day count together at its end
    assertThat(DailyBalanceInterest.interest(OCTOBER, Money.ofBaht(1000), List.of(on(5, 500), on(5, -500)), RATE, Money.ZERO)).isEqualTo(Money.ofSatang(297));
  }

  @Test
  void aZeroRateEarnsNothing() {
    assertThat(DailyBalanceInterest.interest(OCTOBER, Money.ofBaht(1_000_000), List.of(on(3, 5000)), 0, Money.ZERO)).isEqualTo(Money.ZERO);
  }

  @Test
  void daysBelowTheMinimumBalanceEarnNothing() {
    // minimum 500: 400 for the 1st–9th earns nothing; 900 for the 10th–31st (22 days): 900 × 22 × 3.5 % / 365 = 1.8986… → ฿1.90
    assertThat(DailyBalanceInterest.interest(OCTOBER, Money.ofBaht(400), List.of(on(10, 500)), RATE, Money.ofBaht(500))).isEqualTo(Money.ofSatang(190));
  }

  @Test
  void halfASatangRoundsUpOnceAtTheEnd() {
    // ฿150 for one day at 3.65 %: 15,000 × 365 / 3,650,000 = 1.5 satang → 2
    InterestPeriod oneDay = new InterestPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1));
    assertThat(DailyBalanceInterest.interest(oneDay, Money.ofBaht(150), List.of(), 365, Money.ZERO)).isEqualTo(Money.ofSatang(2));
    // ฿149 the same day: 1.49 → 1
    assertThat(DailyBalanceInterest.interest(oneDay, Money.ofBaht(149), List.of(), 365, Money.ZERO)).isEqualTo(Money.ofSatang(1));
  }

  @Test
  void aYearIsItsDaysEvenInALeapYearOverThreeHundredSixtyFive() {
    // 10,000 baht all 2028 (366 days) at 3.65 %: 10,000 × 366 × 3.65 % / 365 = 366.00
    assertThat(DailyBalanceInterest.interest(InterestPeriod.of(Year.of(2028)), Money.ofBaht(10_000), List.of(), 365, Money.ZERO)).isEqualTo(Money.ofBaht(366));
  }

  @Test
  void aPeriodIsPostedOnlyOnceItHasEndedAndAMovementOutsideItIsAMistake() {
    assertThat(OCTOBER.hasEndedBy(LocalDate.of(2026, 10, 31))).isFalse();
    assertThat(OCTOBER.hasEndedBy(LocalDate.of(2026, 11, 1))).isTrue();
    assertThatThrownBy(() -> DailyBalanceInterest.interest(OCTOBER, Money.ZERO, List.of(new SavingsMovement(LocalDate.of(2026, 11, 1), Money.ofBaht(1))), RATE, Money.ZERO))
        .isInstanceOf(IllegalStateException.class);
  }
}
