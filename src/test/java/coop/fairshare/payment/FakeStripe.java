package coop.fairshare.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.util.List;

/**
 * Stripe's API as the tests see it, with no internet: a local WireMock answering the requests
 * stripe-java sends with JSON shaped as Stripe's own (the objects' fields the app reads), and
 * webhook events signed with Stripe's scheme. The app is pointed at it by its API base.
 */
public final class FakeStripe implements AutoCloseable {

  private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

  public FakeStripe() {
    server.start();
  }

  /** What FAIRSHARE_STRIPE_API_BASE is set to. */
  public String apiBase() {
    return "http://127.0.0.1:" + server.port();
  }

  /** From now on a PaymentIntent with this id, amount (satang) and status is what Stripe creates and returns. */
  public void hasPaymentIntent(String id, long amountSatang, String method, String status) {
    String json = paymentIntent(id, amountSatang, method, status);
    server.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(okJson(json)));
    server.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + id)).willReturn(okJson(json)));
  }

  /** Every request the app made to create a PaymentIntent, with its headers and form fields. */
  public List<LoggedRequest> paymentIntentCreations() {
    return server.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
  }

  /** A PaymentIntent in baht as Stripe writes it (amounts in satang, Stripe's smallest unit of THB). */
  public static String paymentIntent(String id, long amountSatang, String method, String status) {
    return """
        {"id": "%s", "object": "payment_intent", "amount": %d, "amount_received": %d, "currency": "thb",
         "status": "%s", "client_secret": "%s_secret_test", "livemode": false, "created": 1795910000,
         "payment_method_types": ["%s"], "latest_charge": null, "metadata": {}}
        """.formatted(id, amountSatang, "succeeded".equals(status) ? amountSatang : 0, status, id, method);
  }

  /** A webhook event about this object, in the API version stripe-java reads (an older one would read as nothing). */
  public static String event(String eventId, String type, String objectJson) {
    return """
        {"id": "%s", "object": "event", "api_version": "%s", "created": 1795910000, "livemode": false,
         "pending_webhooks": 1, "type": "%s", "data": {"object": %s}}
        """.formatted(eventId, Stripe.API_VERSION, type, objectJson);
  }

  /** The Stripe-Signature header Stripe would send with this payload, signed now with the endpoint's secret. */
  public static String signature(String payload, String secret) throws Exception {
    return Webhook.Signature.generateSignatureHeader(payload, secret);
  }

  /** The same, signed at a given moment (seconds since the epoch): for events too old to accept. */
  public static String signature(String payload, String secret, long epochSeconds) throws Exception {
    return Webhook.Signature.generateSignatureHeader(payload, secret, epochSeconds);
  }

  @Override
  public void close() {
    server.stop();
  }
}
