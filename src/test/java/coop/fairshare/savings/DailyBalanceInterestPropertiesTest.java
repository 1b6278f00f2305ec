package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The stretch-by-stretch sum agrees with the plainest reading of the rule, a loop over every day
 * adding that day's end balance × rate ÷ 365 in exact decimals, rounded half up once at the end.
 */
class DailyBalanceInterestPropertiesTest {

  @Property(tries = 800)
  void itIsTheSumOverEveryDayRoundedOnce(@ForAll @LongRange(min = 0, max = 50_000_000) long opening, @ForAll @IntRange(min = 0, max = 1500) int rateBp,
      @ForAll @LongRange(min = 0, max = 1_000_000) long minimum, @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 30) Integer> days,
      @ForAll @Size(max = 8) List<@LongRange(min = -2_000_000, max = 5_000_000) Long> amounts) {
    InterestPeriod period = InterestPeriod.of(YearMonth.of(2026, 10));
    List<SavingsMovement> movements = new ArrayList<>();
    for (int i = 0; i < Math.min(days.size(), amounts.size()); i++) {
      movements.add(new SavingsMovement(LocalDate.of(2026, 10, days.get(i)), Money.ofSatang(amounts.get(i))));
    }
    BigDecimal exact = BigDecimal.ZERO;
    for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
      long balance = opening;
      for (SavingsMovement m : movements) {
        if (!m.valueDate().isAfter(day)) {
          balance += m.amount().satang();
        }
      }
      if (balance > 0 && balance >= minimum) {
        exact = exact.add(BigDecimal.valueOf(balance).multiply(BigDecimal.valueOf(rateBp)).divide(BigDecimal.valueOf(3_650_000), 20, RoundingMode.DOWN));
      }
    }
    Money computed = DailyBalanceInterest.interest(period, Money.ofSatang(opening), movements, rateBp, Money.ofSatang(minimum));
    // the reference keeps 20 decimals per day (its truncation is far below half a satang)
    assertThat(computed.satang()).isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }
}
