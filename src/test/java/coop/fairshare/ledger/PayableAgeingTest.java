package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days from sale to payout, first in first out, from a payable account's lines alone. */
class PayableAgeingTest {

  private static final LocalDate D1 = LocalDate.of(2026, 11, 1);

  private static PayableAgeing.Movement sale(long entry, int day, long satang) {
    return new PayableAgeing.Movement(entry, D1.plusDays(day - 1L), Side.CREDIT, Money.ofSatang(satang), false, null);
  }

  private static PayableAgeing.Movement payout(long entry, int day, long satang) {
    return new PayableAgeing.Movement(entry, D1.plusDays(day - 1L), Side.DEBIT, Money.ofSatang(satang), true, null);
  }

  private static PayableAgeing.Movement refund(long entry, int day, long satang, long ofEntry) {
    return new PayableAgeing.Movement(entry, D1.plusDays(day - 1L), Side.DEBIT, Money.ofSatang(satang), false, ofEntry);
  }

  @Test
  void aPayoutClearsTheOldestSalesFirst() {
    PayableAgeing.Result r = PayableAgeing.of(List.of(sale(1, 1, 10_000), sale(2, 3, 5_000), sale(3, 8, 2_000), payout(4, 10, 12_000)));
    assertThat(r.paid()).containsExactly(new PayableAgeing.Paid(D1, D1.plusDays(9), Money.ofSatang(10_000)),
        new PayableAgeing.Paid(D1.plusDays(2), D1.plusDays(9), Money.ofSatang(2_000)));
    // 3,000 of the second sale and all of the third are still owed, since the 3rd
    assertThat(r.owed()).isEqualTo(Money.ofSatang(5_000));
    assertThat(r.oldestUnpaid()).isEqualTo(D1.plusDays(2));
    // (10,000 × 9 + 2,000 × 7) / 12,000 = 8.67 → 9 days
    assertThat(PayableAgeing.averageDaysToPayout(r.paid(), D1, D1.plusDays(30))).hasValue(9);
    assertThat(PayableAgeing.averageDaysToPayout(r.paid(), D1.plusDays(10), D1.plusDays(30))).isEmpty();
  }

  @Test
  void theOrderOfTheLinesReadDoesNotMatterOnlyTheirDatesAndEntries() {
    PayableAgeing.Result r = PayableAgeing.of(List.of(payout(4, 10, 12_000), sale(3, 8, 2_000), sale(1, 1, 10_000), sale(2, 3, 5_000)));
    assertThat(r.owed()).isEqualTo(Money.ofSatang(5_000));
    assertThat(r.oldestUnpaid()).isEqualTo(D1.plusDays(2));
  }

  @Test
  void aRefundTakesBackItsOwnSaleNotTheOldest() {
    PayableAgeing.Result r = PayableAgeing.of(List.of(sale(1, 1, 10_000), sale(2, 5, 4_000), refund(3, 6, 4_000, 2)));
    assertThat(r.owed()).isEqualTo(Money.ofSatang(10_000));
    assertThat(r.oldestUnpaid()).isEqualTo(D1);
    assertThat(r.paid()).isEmpty();
  }

  @Test
  void everythingPaidLeavesNothingOwedAndNoAge() {
    PayableAgeing.Result r = PayableAgeing.of(List.of(sale(1, 1, 10_000), payout(2, 4, 10_000)));
    assertThat(r.owed()).isEqualTo(Money.ZERO);
    assertThat(r.oldestUnpaid()).isNull();
    assertThat(PayableAgeing.averageDaysToPayout(r.paid(), D1, D1.plusDays(5))).hasValue(3);
  }

  @Test
  void anOverpaymentIsMadeGoodByTheNextSaleFirst() {
    PayableAgeing.Result r = PayableAgeing.of(List.of(sale(1, 1, 1_000), payout(2, 2, 1_500), sale(3, 3, 2_000)));
    assertThat(r.owed()).isEqualTo(Money.ofSatang(1_500));
    assertThat(r.oldestUnpaid()).isEqualTo(D1.plusDays(2));
  }

  @Test
  void owedUpToADayCountsSalesUpToThenLessEveryPayoutAndRefund() {
    List<PayableAgeing.Movement> lines = List.of(sale(1, 1, 10_000), sale(2, 5, 4_000), payout(3, 6, 3_000), sale(4, 7, 1_000));
    assertThat(PayableAgeing.owedUpTo(lines, D1.plusDays(4))).isEqualTo(Money.ofSatang(11_000));
    assertThat(PayableAgeing.owedUpTo(lines, D1)).isEqualTo(Money.ofSatang(7_000));
    assertThat(PayableAgeing.owedUpTo(lines, D1.plusDays(30))).isEqualTo(Money.ofSatang(12_000));
    assertThat(PayableAgeing.owedUpTo(List.of(sale(1, 5, 1_000), payout(2, 6, 1_000)), D1)).isEqualTo(Money.ZERO);
  }
}
