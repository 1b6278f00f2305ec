package coop.fairshare.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How this installation takes money, from its environment: Stripe's keys (FAIRSHARE_STRIPE_*) and
 * the cooperative's PromptPay ID (FAIRSHARE_PROMPTPAY_ID, and FAIRSHARE_PROMPTPAY_BILLER_ID for
 * bill payment). Without Stripe's keys the shop runs and offers no Stripe method; without a
 * PromptPay ID it offers no QR. Read on each use, so nothing about it is kept in memory.
 */
@ApplicationScoped
public class PaymentSettings {

  public Optional<String> stripeSecretKey() {
    return value("fairshare.stripe.secret.key");
  }

  public Optional<String> stripePublishableKey() {
    return value("fairshare.stripe.publishable.key");
  }

  public Optional<String> stripeWebhookSecret() {
    return value("fairshare.stripe.webhook.secret");
  }

  /** Stripe's address; the tests point it at their stand-in. */
  public Optional<String> stripeApiBase() {
    return value("fairshare.stripe.api.base");
  }

  /** Card and PromptPay through Stripe need all three keys: without the webhook's secret no payment could be trusted. */
  public boolean stripeEnabled() {
    return stripeSecretKey().isPresent() && stripePublishableKey().isPresent() && stripeWebhookSecret().isPresent();
  }

  /** The cooperative's PromptPay ID, if one is set and valid (an invalid one is as good as none). */
  public Optional<PromptPayId> promptPayId() {
    return value("fairshare.promptpay.id").flatMap(PaymentSettings::validId);
  }

  /** The 15-digit biller ID for bill payment with the order number as reference, if one is set. */
  public Optional<String> promptPayBillerId() {
    return value("fairshare.promptpay.biller.id").map(id -> id.replaceAll("[\\s-]", "")).filter(id -> id.matches("\\d{15}"));
  }

  /**
   * The QR a shopper scans to pay the cooperative this amount: a bill payment with the reference
   * as reference 1 when a biller ID is set (the bank then names the order on the statement),
   * otherwise a credit transfer to the PromptPay ID with the exact amount.
   */
  public Optional<PromptPayQr> qrFor(String reference, coop.fairshare.shared.Money amount) {
    Optional<String> biller = promptPayBillerId();
    if (biller.isPresent()) {
      return Optional.of(PromptPayQr.bill(biller.get(), reference, amount));
    }
    return promptPayId().map(id -> PromptPayQr.transfer(id, amount));
  }

  /** The ways a shopper may pay here, in the order the checkout offers them. */
  public List<PaymentMethod> offered() {
    List<PaymentMethod> methods = new ArrayList<>();
    if (promptPayId().isPresent() || promptPayBillerId().isPresent()) {
      methods.add(PaymentMethod.PROMPTPAY_QR);
    }
    if (stripeEnabled()) {
      methods.add(PaymentMethod.CARD);
      methods.add(PaymentMethod.STRIPE_PROMPTPAY);
    }
    methods.add(PaymentMethod.BANK_TRANSFER);
    return methods;
  }

  public boolean offers(PaymentMethod method) {
    return offered().contains(method);
  }

  private static Optional<PromptPayId> validId(String typed) {
    try {
      return Optional.of(PromptPayId.parse(typed));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> value(String key) {
    return ConfigProvider.getConfig().getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }
}
