package coop.fairshare.payment;

import java.io.Serializable;

/**
 * Stripe said something about an attempt to pay (a signed webhook event, already recorded once):
 * the intent as Stripe has it now, for the area whose reference it carries (an order's number).
 * Fired in the webhook's transaction, so what the observer does commits with the event's record.
 */
public record StripePaymentNews(String eventType, String reference, PaymentMethod method, StripeIntent intent) implements Serializable {

  /** A card declined or a bank that said no: worth telling the shopper; the order still waits. */
  public boolean failedAttempt() {
    return "payment_intent.payment_failed".equals(eventType);
  }
}
