package coop.fairshare.payment;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Payout;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place the shop talks to Stripe, through stripe-java. Every POST carries an idempotency
 * key the caller derives from what it does (the order and the attempt, the refund), so a retry after
 * a lost answer never charges or refunds twice. What Stripe says is read into the shop's own small
 * records; a Stripe failure reaches people as a keyed refusal, never as Stripe's message.
 */
@ApplicationScoped
public class StripeGateway {

  private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());
  /** Stripe's own advice: refuse events signed more than five minutes ago (replays). */
  public static final long SIGNATURE_TOLERANCE_SECONDS = 300;

  @Inject
  private PaymentSettings settings;

  /** Creates the intent for one attempt to pay; PromptPay is confirmed at once so its QR comes back. */
  public StripeIntent createIntent(String reference, int attempt, PaymentMethod method, Money amount, String email) {
    PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder().setAmount(amount.satang()).setCurrency("thb")
        .addPaymentMethodType(method.stripeType()).putMetadata("order", reference).putMetadata("attempt", String.valueOf(attempt))
        .setDescription("Fairshare " + reference);
    if (method == PaymentMethod.STRIPE_PROMPTPAY) {
      params.setConfirm(true).setPaymentMethodData(PaymentIntentCreateParams.PaymentMethodData.builder()
          .setType(PaymentIntentCreateParams.PaymentMethodData.Type.PROMPTPAY)
          .setBillingDetails(PaymentIntentCreateParams.PaymentMethodData.BillingDetails.builder().setEmail(email).build()).build());
    } else {
      params.setReceiptEmail(email);
    }
    try {
      return read(client().v1().paymentIntents().create(params.build(), key("intent-" + reference + "-attempt-" + attempt)));
    } catch (StripeException e) {
      throw refusal("creating an intent for " + reference, e);
    }
  }

  /** The intent as it is now, with its charge's fee: events come late and out of order, this does not. */
  public StripeIntent intent(String intentId) {
    try {
      return read(client().v1().paymentIntents().retrieve(intentId,
          PaymentIntentRetrieveParams.builder().addExpand("latest_charge.balance_transaction").build(), RequestOptions.getDefault()));
    } catch (StripeException e) {
      throw refusal("reading intent " + intentId, e);
    }
  }

  /** Calls off an intent nobody will pay any more (the order was cancelled); one already paid stays paid. */
  public StripeIntent cancel(String intentId) {
    try {
      return read(client().v1().paymentIntents().cancel(intentId, PaymentIntentCancelParams.builder().build(), key("cancel-" + intentId)));
    } catch (StripeException e) {
      throw refusal("cancelling intent " + intentId, e);
    }
  }

  /** Gives money back; the same key asks once, whatever happens to the answer. */
  public StripeRefund refund(String intentId, Money amount, String refundKey) {
    try {
      Refund refund = client().v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amount.satang()).build(), key(refundKey));
      return new StripeRefund(refund.getId(), refund.getPaymentIntent(), Money.ofSatang(refund.getAmount()), refund.getStatus());
    } catch (StripeException e) {
      throw refusal("refunding " + intentId, e);
    }
  }

  public StripeRefund refundNow(String refundId) {
    try {
      Refund refund = client().v1().refunds().retrieve(refundId);
      return new StripeRefund(refund.getId(), refund.getPaymentIntent(), Money.ofSatang(refund.getAmount()), refund.getStatus());
    } catch (StripeException e) {
      throw refusal("reading refund " + refundId, e);
    }
  }

  public StripePayout payout(String payoutId) {
    try {
      Payout payout = client().v1().payouts().retrieve(payoutId);
      return new StripePayout(payout.getId(), Money.ofSatang(payout.getAmount()), payout.getArrivalDate(), payout.getStatus(), payout.getCurrency());
    } catch (StripeException e) {
      throw refusal("reading payout " + payoutId, e);
    }
  }

  /** A webhook's event, only if Stripe signed it with this endpoint's secret in the last five minutes. */
  public Event verify(String payload, String signature) {
    String secret = settings.stripeWebhookSecret().orElseThrow(() -> new BadInput("stripe.signature.invalid"));
    if (payload == null || signature == null || signature.isBlank()) {
      throw new BadInput("stripe.signature.invalid");
    }
    try {
      return Webhook.constructEvent(payload, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
    } catch (SignatureVerificationException | RuntimeException e) {
      // a malformed body is as untrustworthy as a wrong signature
      throw new BadInput("stripe.signature.invalid");
    }
  }

  private StripeClient client() {
    String secret = settings.stripeSecretKey().orElseThrow(() -> new BusinessRuleViolation("payment.stripe.unavailable"));
    StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secret);
    settings.stripeApiBase().ifPresent(builder::setApiBase);
    return builder.build();
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private static BusinessRuleViolation refusal(String what, StripeException e) {
    LOG.log(Level.WARNING, e, () -> "Stripe refused " + what + " (" + e.getStatusCode() + ", " + e.getCode() + ")");
    return new BusinessRuleViolation("payment.stripe.unavailable");
  }

  static StripeIntent read(PaymentIntent intent) {
    String qr = null;
    if (intent.getNextAction() != null && intent.getNextAction().getPromptpayDisplayQrCode() != null) {
      qr = intent.getNextAction().getPromptpayDisplayQrCode().getData();
    }
    Money fee = null;
    String chargeId = intent.getLatestCharge();
    Charge charge = intent.getLatestChargeObject();
    if (charge != null) {
      chargeId = charge.getId();
      BalanceTransaction balance = charge.getBalanceTransactionObject();
      if (balance != null && balance.getFee() != null) {
        fee = Money.ofSatang(balance.getFee());
      }
    }
    long received = intent.getAmountReceived() == null ? 0 : intent.getAmountReceived();
    return new StripeIntent(intent.getId(), intent.getStatus(), Money.ofSatang(intent.getAmount()), Money.ofSatang(received), intent.getClientSecret(), qr, fee, chargeId);
  }
}
