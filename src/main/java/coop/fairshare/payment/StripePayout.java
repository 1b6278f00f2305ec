package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/** Stripe moving the cooperative's balance to its bank: the amount, the day it arrives (epoch seconds), its state. */
public record StripePayout(String id, Money amount, Long arrivalEpochSeconds, String status, String currency) implements Serializable {}
