package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Optional;

/**
 * A PaymentIntent as the shop needs it: its current state, what Stripe's page needs to take a card
 * ({@code clientSecret}), the PromptPay QR's EMVCo text, and the fee once the charge's balance
 * transaction knows it.
 */
public record StripeIntent(String id, String status, Money amount, Money received, String clientSecret, String promptPayQr, Money fee, String chargeId)
    implements Serializable {

  public boolean succeeded() {
    return "succeeded".equals(status);
  }

  /** Stripe gave up on it (cancelled, or it expired); a new attempt needs a new intent. */
  public boolean canceled() {
    return "canceled".equals(status);
  }

  /** Still waiting for the shopper (card details, her banking app) or for the bank. */
  public boolean open() {
    return !succeeded() && !canceled();
  }

  public Optional<Money> knownFee() {
    return Optional.ofNullable(fee);
  }

  public Optional<String> qr() {
    return Optional.ofNullable(promptPayQr);
  }
}
