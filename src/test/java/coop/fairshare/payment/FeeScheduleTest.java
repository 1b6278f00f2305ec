package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import org.junit.jupiter.api.Test;

/** Stripe's published prices for Thailand, VAT on the fee, one rounding half up; the shop's own ways cost nothing. */
class FeeScheduleTest {

  private final FeeSchedule stripeThailand = new FeeSchedule(365, 1000, 165, 700);

  @Test
  void aCardCosts365BasisPointsPlusTenBahtWithVatOnTheFee() {
    // (390 × 3.65 % + 10) × 1.07 = 25.931 45 baht
    assertThat(stripeThailand.estimate(PaymentMethod.CARD, Money.ofBaht(390))).isEqualTo(Money.ofSatang(2593));
    // (100 × 3.65 % + 10) × 1.07 = 14.605 5: half a satang and more rounds up
    assertThat(stripeThailand.estimate(PaymentMethod.CARD, Money.ofBaht(100))).isEqualTo(Money.ofSatang(1461));
  }

  @Test
  void promptPayThroughStripeCosts165BasisPointsWithVat() {
    // 390 × 1.65 % × 1.07 = 6.885 45 baht
    assertThat(stripeThailand.estimate(PaymentMethod.STRIPE_PROMPTPAY, Money.ofBaht(390))).isEqualTo(Money.ofSatang(689));
    // exactly half a satang rounds up: 1,000 satang × 1.65 % × 1.07 = 17.655
    assertThat(stripeThailand.estimate(PaymentMethod.STRIPE_PROMPTPAY, Money.ofSatang(1000))).isEqualTo(Money.ofSatang(18));
  }

  @Test
  void theShopsOwnQrAndABankTransferCostNothing() {
    assertThat(stripeThailand.estimate(PaymentMethod.PROMPTPAY_QR, Money.ofBaht(390))).isEqualTo(Money.ZERO);
    assertThat(stripeThailand.estimate(PaymentMethod.BANK_TRANSFER, Money.ofBaht(390))).isEqualTo(Money.ZERO);
  }

  @Test
  void aFeeNeverTakesMoreThanTheAmount() {
    // one satang by card: the ten baht would be more than the whole payment
    assertThat(stripeThailand.estimate(PaymentMethod.CARD, Money.ofSatang(1))).isEqualTo(Money.ofSatang(1));
  }
}
