package coop.fairshare.split.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.split.GroupEarnings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group's sales page is drawn once per {@link DataKey} of its figures: two separate reads of the
 * same figures give one key, and one satang more to one maker, or another payout, gives another.
 */
class SalesPartKeyTest {

  private static GroupEarnings.Sales sales(long makerSavings, long paid) {
    LocalDate from = LocalDate.of(2025, 12, 1);
    LocalDate to = LocalDate.of(2026, 11, 30);
    var maker = new GroupEarnings.MakerEarning(11, "M-0011", "คุณสมศรี", Money.ofSatang(5_000), Money.ofSatang(makerSavings));
    var earnings = new GroupEarnings.Earnings(3, from, to, Money.ofSatang(20_000), 4, Money.ofSatang(9_000), Money.ZERO, List.of(maker));
    var payouts = new GroupEarnings.Payouts(Money.ofSatang(9_000), Money.ofSatang(paid), Money.ZERO, Money.ZERO,
        List.of(new GroupEarnings.MakerPayout(11, "M-0011", "คุณสมศรี", Money.ofSatang(5_000), Money.ZERO)));
    return new GroupEarnings.Sales(earnings, payouts);
  }

  @Test
  void theKeyIsTheFiguresAndThePeriod() {
    assertThat(DataKey.of(sales(1_000, 0), "YEAR")).isEqualTo(DataKey.of(sales(1_000, 0), "YEAR"))
        .isNotEqualTo(DataKey.of(sales(1_001, 0), "YEAR"))
        .isNotEqualTo(DataKey.of(sales(1_000, 9_000), "YEAR"))
        .isNotEqualTo(DataKey.of(sales(1_000, 0), "ALL"));
  }
}
