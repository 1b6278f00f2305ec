package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stand-in for Stripe is faithful where the app will lean on it: stripe-java talks to it as to
 * Stripe (its idempotency key and API version go along, its answer reads as a PaymentIntent), and
 * the events it signs pass Stripe's own verification only with the right secret and in time.
 */
class FakeStripeTest {

  private static final String SECRET = "whsec_test_fairshare";
  private static FakeStripe stripe;

  @BeforeAll
  static void start() {
    stripe = new FakeStripe();
  }

  @AfterAll
  static void stop() {
    stripe.close();
  }

  @Test
  void stripeJavaCreatesAPromptPayIntentInBahtWithItsIdempotencyKey() throws Exception {
    StripeClient client = StripeClient.builder().setApiKey("sk_test_fairshare").setApiBase(stripe.apiBase()).build();

    PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
            .setAmount(39_000L).setCurrency("thb").addPaymentMethodType("promptpay").putMetadata("order", "FS-2611-00001").setConfirm(true).build(),
        RequestOptions.builder().setIdempotencyKey("order-FS-2611-00001-attempt-1").build());

    assertThat(intent.getId()).startsWith("pi_fake_");
    assertThat(intent.getAmount()).isEqualTo(39_000L);
    assertThat(intent.getCurrency()).isEqualTo("thb");
    assertThat(intent.getStatus()).isEqualTo("requires_action");
    assertThat(PromptPayQr.checksumHolds(intent.getNextAction().getPromptpayDisplayQrCode().getData())).isTrue();
    LoggedRequest sent = stripe.paymentIntentCreations().get(stripe.paymentIntentCreations().size() - 1);
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("order-FS-2611-00001-attempt-1");
    assertThat(sent.getHeader("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer sk_test_fairshare");
    assertThat(sent.getBodyAsString()).contains("amount=39000").contains("currency=thb").contains("payment_method_types[0]=promptpay")
        .contains("metadata[order]=FS-2611-00001");
    assertThat(stripe.intentsFor("FS-2611-00001")).containsExactly(intent.getId());

    // the same key again is the same intent, as at Stripe
    PaymentIntent again = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
            .setAmount(39_000L).setCurrency("thb").addPaymentMethodType("promptpay").putMetadata("order", "FS-2611-00001").build(),
        RequestOptions.builder().setIdempotencyKey("order-FS-2611-00001-attempt-1").build());
    assertThat(again.getId()).isEqualTo(intent.getId());
    assertThat(stripe.intentsFor("FS-2611-00001")).hasSize(1);

    // and reading it again asks Stripe, as the webhook handler will; paid, its charge's fee reads through the gateway's reading
    stripe.succeed(intent.getId(), 685);
    StripeIntent read = StripeGateway.read(client.v1().paymentIntents().retrieve(intent.getId(),
        com.stripe.param.PaymentIntentRetrieveParams.builder().addExpand("latest_charge.balance_transaction").build(), RequestOptions.getDefault()));
    assertThat(read.succeeded()).isTrue();
    assertThat(read.received()).isEqualTo(coop.fairshare.shared.Money.ofSatang(39_000));
    assertThat(read.knownFee()).contains(coop.fairshare.shared.Money.ofSatang(685));
  }

  @Test
  void refundsNeverExceedWhatWasPaidAndAnUnknownObjectIsStripesNotFound() throws Exception {
    StripeClient client = StripeClient.builder().setApiKey("sk_test_fairshare").setApiBase(stripe.apiBase()).build();
    PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder().setAmount(10_000L).setCurrency("thb")
        .addPaymentMethodType("card").putMetadata("order", "FS-2611-00002").build());
    stripe.succeed(intent.getId(), 300);

    client.v1().refunds().create(com.stripe.param.RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(6_000L).build());
    assertThat(stripe.refundedSatang(intent.getId())).isEqualTo(6_000);
    assertThatThrownBy(() -> client.v1().refunds().create(com.stripe.param.RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(4_001L).build()))
        .isInstanceOf(com.stripe.exception.InvalidRequestException.class);
    assertThatThrownBy(() -> client.v1().paymentIntents().retrieve("pi_nobody")).isInstanceOf(com.stripe.exception.InvalidRequestException.class);
  }

  @Test
  void aSignedEventPassesStripesVerificationAndReadsAsItsObject() throws Exception {
    String payload = FakeStripe.event("evt_test_1", "payment_intent.succeeded", intentJson("pi_test_fs_2", 8_500));

    Event event = Webhook.constructEvent(payload, FakeStripe.signature(payload, SECRET), SECRET, 300);

    assertThat(event.getType()).isEqualTo("payment_intent.succeeded");
    PaymentIntent intent = (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
    assertThat(intent.getId()).isEqualTo("pi_test_fs_2");
    assertThat(intent.getAmountReceived()).isEqualTo(8_500L);
  }

  @Test
  void anEventSignedWithAnotherSecretOrTooLongAgoIsRefused() throws Exception {
    String payload = FakeStripe.event("evt_test_2", "payment_intent.succeeded", intentJson("pi_test_fs_3", 100));

    assertThatThrownBy(() -> Webhook.constructEvent(payload, FakeStripe.signature(payload, "whsec_someone_else"), SECRET, 300))
        .isInstanceOf(SignatureVerificationException.class);
    long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();
    assertThatThrownBy(() -> Webhook.constructEvent(payload, FakeStripe.signature(payload, SECRET, tenMinutesAgo), SECRET, 300))
        .isInstanceOf(SignatureVerificationException.class);
    // a payload changed after signing fails too
    String signature = FakeStripe.signature(payload, SECRET);
    assertThatThrownBy(() -> Webhook.constructEvent(payload.replace("\"amount\": 100", "\"amount\": 1"), signature, SECRET, 300))
        .isInstanceOf(SignatureVerificationException.class);
  }

  private static String intentJson(String id, long amount) {
    return """
        {"id": "%s", "object": "payment_intent", "amount": %d, "amount_received": %d, "currency": "thb", "status": "succeeded",
         "client_secret": "%s_secret_test", "livemode": false, "created": 1795910000, "payment_method_types": ["card"], "metadata": {}}
        """.formatted(id, amount, amount, id);
  }
}
