package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MonthEndsTest {

  private static final YearMonth FIRST = YearMonth.of(2025, 12);
  private static final YearMonth LAST = YearMonth.of(2026, 11);

  /** A line's month and what it moved, on the account's normal side. */
  private record Line(YearMonth month, long satang) {}

  @Test
  void walkingBackFromTheBalanceNowGivesThePlainSumOfTheLinesAtEachMonthsEnd() {
    Random random = new Random(13);
    for (int ledger = 0; ledger < 200; ledger++) {
      List<Line> lines = new ArrayList<>();
      for (int i = random.nextInt(60); i > 0; i--) {
        // from years before the window to months dated ahead of it
        lines.add(new Line(FIRST.plusMonths(random.nextInt(40) - 24), random.nextInt(2_000_000) - 500_000));
      }
      long balanceNow = lines.stream().mapToLong(Line::satang).sum();
      Map<YearMonth, Long> movements = new HashMap<>();
      lines.stream().filter(l -> !l.month().isBefore(FIRST)).forEach(l -> movements.merge(l.month(), l.satang(), Long::sum));

      List<MonthEndBalance> walked = MonthEnds.walkBack(FIRST, LAST, Money.ofSatang(balanceNow), movements);

      List<MonthEndBalance> plain = new ArrayList<>();
      for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
        YearMonth end = month;
        plain.add(new MonthEndBalance(month, Money.ofSatang(lines.stream().filter(l -> !l.month().isAfter(end)).mapToLong(Line::satang).sum())));
      }
      assertThat(walked).as("ledger %d", ledger).isEqualTo(plain);
    }
  }

  @Test
  void aQuietAccountStandsAtItsBalanceEveryMonth() {
    assertThat(MonthEnds.walkBack(FIRST, LAST, Money.ofSatang(12_345), Map.of())).hasSize(12).allMatch(m -> m.balance().equals(Money.ofSatang(12_345)));
  }

  @Test
  void entriesDatedAheadAreNotInThisMonthsEnd() {
    List<MonthEndBalance> walked = MonthEnds.walkBack(FIRST, LAST, Money.ofSatang(1_500), Map.of(LAST, 1_000L, LAST.plusMonths(2), 500L));
    assertThat(walked.get(11)).isEqualTo(new MonthEndBalance(LAST, Money.ofSatang(1_000)));
    assertThat(walked.get(10).balance()).isEqualTo(Money.ZERO);
  }
}
