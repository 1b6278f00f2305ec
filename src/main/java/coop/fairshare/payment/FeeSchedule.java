package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.math.BigInteger;
import coop.fairshare.shared.persistence.CoopSettings;

/**
 * What each way of paying costs the cooperative, as Stripe publishes it for Thailand: a card 3.65 %
 * plus ฿10, PromptPay through Stripe 1.65 %, each plus 7 % VAT on the fee; the shop's own QR and a
 * bank transfer nothing. The figures live in {@code coop_setting}. Only an estimate: the split at
 * checkout carries it, and the real fee is posted when the payment settles.
 */
public record FeeSchedule(int cardBp, long cardFixedSatang, int stripePromptPayBp, int vatBp) implements Serializable {

  private static final long WHOLE = 10_000;

  public static FeeSchedule read(EntityManager em) {
    return new FeeSchedule((int) CoopSettings.number(em, "payment.fee.card.basisPoints", 365), CoopSettings.number(em, "payment.fee.card.fixedSatang", 1000),
        (int) CoopSettings.number(em, "payment.fee.stripePromptPay.basisPoints", 165), (int) CoopSettings.number(em, "payment.fee.vatBasisPoints", 700));
  }

  /** The fee for paying this amount this way, VAT included, rounded once, half up, to the satang. */
  public Money estimate(PaymentMethod method, Money amount) {
    long bp;
    long fixed;
    switch (method) {
      case CARD -> {
        bp = cardBp;
        fixed = cardFixedSatang;
      }
      case STRIPE_PROMPTPAY -> {
        bp = stripePromptPayBp;
        fixed = 0;
      }
      default -> {
        return Money.ZERO;
      }
    }
    // (amount × bp ÷ 10,000 + fixed) × (10,000 + vat) ÷ 10,000, in whole numbers until the one rounding
    BigInteger beforeVat = BigInteger.valueOf(amount.satang()).multiply(BigInteger.valueOf(bp)).add(BigInteger.valueOf(fixed).multiply(BigInteger.valueOf(WHOLE)));
    BigInteger scaled = beforeVat.multiply(BigInteger.valueOf(WHOLE + vatBp));
    BigInteger divisor = BigInteger.valueOf(WHOLE * WHOLE);
    long fee = scaled.add(divisor.shiftRight(1)).divide(divisor).longValueExact();
    // a fee never takes more than the whole amount
    return Money.ofSatang(Math.min(fee, amount.satang()));
  }
}
