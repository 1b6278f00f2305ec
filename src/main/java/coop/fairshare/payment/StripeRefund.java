package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/** A refund as Stripe last described it ({@code pending}, {@code succeeded}, {@code failed}, {@code canceled}). */
public record StripeRefund(String id, String intentId, Money amount, String status) implements Serializable {}
