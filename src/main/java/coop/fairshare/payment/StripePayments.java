package coop.fairshare.payment;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Attempts to pay through Stripe, for the areas that sell (orders now, donations later): the open
 * intent of a reference, made once per attempt, and money given back. Callers lock what they pay
 * for first (LockOrder: the order before its stripe_payment rows), so two tabs of one shopper make
 * one intent.
 */
@Stateless
@PermitAll
public class StripePayments {

  @PersistenceContext
  private EntityManager em;

  @Inject
  private StripeGateway stripe;

  @Inject
  private PaymentSettings settings;

  private final Clock clock = Clock.systemUTC();

  /**
   * The intent to show the shopper: the latest attempt if Stripe still waits on it for this amount,
   * otherwise a new attempt. Refused in words when Stripe is not set up or does not answer.
   */
  public StripeIntent openIntent(String reference, PaymentMethod method, Money amount, String email) {
    if (!settings.stripeEnabled() || !method.viaStripe()) {
      throw new BusinessRuleViolation("payment.stripe.unavailable");
    }
    List<StripePayment> attempts = attempts(reference);
    if (!attempts.isEmpty()) {
      StripePayment latest = attempts.get(attempts.size() - 1);
      if (latest.method() == method && latest.amount().equals(amount)) {
        StripeIntent now = stripe.intent(latest.intentId());
        learn(now);
        // a declined card tries again on the same intent; an expired PromptPay QR needs a new one
        boolean stillUsable = now.open() && (method == PaymentMethod.CARD || !"requires_payment_method".equals(now.status()));
        if (now.succeeded() || stillUsable) {
          return now;
        }
      }
    }
    int attempt = attempts.size() + 1;
    StripeIntent created = stripe.createIntent(reference, attempt, method, amount, email);
    em.persist(new StripePayment(reference, attempt, method, created, clock.instant()));
    return created;
  }

  /**
   * Writes down what Stripe says about an intent now. A plain update without a version: it is
   * Stripe's state read afresh, and both writers (the page, the webhook) hold the order's lock.
   */
  public void learn(StripeIntent intent) {
    em.createNativeQuery("UPDATE stripe_payment SET status = ?, fee_satang = COALESCE(?, fee_satang), updated_at = CURRENT_TIMESTAMP(3) WHERE intent_id = ?")
        .setParameter(1, intent.status()).setParameter(2, intent.knownFee().map(Money::satang).orElse(null)).setParameter(3, intent.id()).executeUpdate();
  }

  /** Every attempt to pay a reference, oldest first. */
  public List<StripePayment> attempts(String reference) {
    return em.createQuery("SELECT p FROM StripePayment p WHERE p.reference = :r ORDER BY p.attempt", StripePayment.class).setParameter("r", reference).getResultList();
  }

  public Optional<StripePayment> byIntent(String intentId) {
    return em.createQuery("SELECT p FROM StripePayment p WHERE p.intentId = :i", StripePayment.class).setParameter("i", intentId).getResultStream().findFirst();
  }

  /**
   * Gives money paid through Stripe back, once per key (the key goes to Stripe too). The refund is
   * recorded with Stripe's answer; its later news arrives by webhook.
   */
  public StripeRefund refund(String intentId, Money amount, String refundKey, String reason) {
    List<?> done = em.createNativeQuery("SELECT refund_id, amount_satang, status FROM stripe_refund WHERE refund_key = ?").setParameter(1, refundKey).getResultList();
    if (!done.isEmpty()) {
      Object[] row = (Object[]) done.get(0);
      return new StripeRefund((String) row[0], intentId, Money.ofSatang(((Number) row[1]).longValue()), (String) row[2]);
    }
    StripeRefund refund = stripe.refund(intentId, amount, refundKey);
    em.createNativeQuery("INSERT INTO stripe_refund (refund_key, intent_id, refund_id, amount_satang, status, reason) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, refundKey).setParameter(2, intentId).setParameter(3, refund.id()).setParameter(4, refund.amount().satang())
        .setParameter(5, refund.status()).setParameter(6, reason.length() > 200 ? reason.substring(0, 200) : reason).executeUpdate();
    return refund;
  }

  /** Everything given back through Stripe for one intent, as last told. */
  public Money refunded(String intentId) {
    Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(amount_satang), 0) FROM stripe_refund WHERE intent_id = ? AND status <> 'failed' AND status <> 'canceled'")
        .setParameter(1, intentId).getSingleResult();
    return Money.ofSatang(sum.longValue());
  }
}
