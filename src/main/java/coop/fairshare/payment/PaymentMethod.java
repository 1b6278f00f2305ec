package coop.fairshare.payment;

import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.shared.BadInput;
import java.util.Arrays;

/**
 * How a shopper pays. Every way ends in the same "order paid" path; they differ in who takes the
 * money (Stripe, or the cooperative's own account), what it costs and where it lands in the ledger.
 */
public enum PaymentMethod {
  /** A transfer to the cooperative's bank account, confirmed by a treasurer from the statement. */
  BANK_TRANSFER,
  /** A PromptPay QR the shop makes itself, paid straight to the cooperative (no fee); the shopper uploads her slip. */
  PROMPTPAY_QR,
  /** A card, through a Stripe PaymentIntent and Stripe's Payment Element. */
  CARD,
  /** PromptPay through Stripe: Stripe's QR, confirmed by Stripe's webhook. */
  STRIPE_PROMPTPAY;

  /** The method a form or a client named; anything else is refused in words, never as "No enum constant". */
  public static PaymentMethod named(String name) {
    return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new BadInput("checkout.paymentMethod.required").on("paymentMethod"));
  }

  /** Whether Stripe takes the money (and its webhook says when it arrived). */
  public boolean viaStripe() {
    return this == CARD || this == STRIPE_PROMPTPAY;
  }

  /** Stripe's name for the payment method type. */
  public String stripeType() {
    return switch (this) {
      case CARD -> "card";
      case STRIPE_PROMPTPAY -> "promptpay";
      default -> throw new IllegalStateException(this + " is not paid through Stripe");
    };
  }

  /** The ledger account the money is received into: Stripe holds card and its PromptPay money until it pays out. */
  public String receivedInto() {
    return viaStripe() ? LedgerAccounts.CARD_CLEARING : LedgerAccounts.BANK;
  }
}
