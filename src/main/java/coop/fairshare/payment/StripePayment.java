package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One attempt to pay an order through Stripe: the PaymentIntent made for it, and what Stripe last
 * said about it (a copy of Stripe's state, rewritten whole by {@link StripePayments#learn} each time
 * Stripe is asked, so it carries no version). An order has one open attempt at a time; a card declined or a QR expired ends an
 * attempt and the shopper's next try makes the next one (its own idempotency key).
 */
@Entity
@Table(name = "stripe_payment")
public class StripePayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "attempt", nullable = false, updatable = false)
  private int attempt;

  @Column(name = "intent_id", nullable = false, updatable = false)
  private String intentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false)
  private PaymentMethod method;

  @Column(name = "amount_satang", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "fee_satang")
  private Money fee;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StripePayment() {}

  StripePayment(String reference, int attempt, PaymentMethod method, StripeIntent intent, Instant at) {
    if (!method.viaStripe()) {
      throw new IllegalStateException(method + " is not paid through Stripe");
    }
    this.reference = reference;
    this.attempt = attempt;
    this.method = method;
    this.intentId = intent.id();
    this.amount = intent.amount();
    this.createdAt = at;
    learn(intent, at);
  }

  private void learn(StripeIntent intent, Instant at) {
    this.status = intent.status();
    intent.knownFee().ifPresent(f -> this.fee = f);
    this.updatedAt = at;
  }

  public String reference() {
    return reference;
  }

  public int attempt() {
    return attempt;
  }

  public String intentId() {
    return intentId;
  }

  public PaymentMethod method() {
    return method;
  }

  public Money amount() {
    return amount;
  }

  public String status() {
    return status;
  }

  public Optional<Money> fee() {
    return Optional.ofNullable(fee);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
