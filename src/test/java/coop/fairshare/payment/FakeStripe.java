package coop.fairshare.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import coop.fairshare.shared.Money;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stripe's API as the tests see it, with no internet: a local WireMock that keeps PaymentIntents,
 * refunds and payouts the way Stripe does (created by the app's POSTs, the same idempotency key
 * answering the same object, read back with the fields the app reads, a charge's balance
 * transaction when expanded), and webhook events signed with Stripe's scheme. The test moves an
 * intent on as the shopper's bank would ({@link #succeed}, {@link #fail}). The app is pointed at it
 * by FAIRSHARE_STRIPE_API_BASE.
 */
public final class FakeStripe implements AutoCloseable {

  /** The cooperative's PromptPay ID in the tests; Stripe's own QR text is drawn for it. */
  private static final PromptPayId STRIPE_QR_ACCOUNT = PromptPayId.parse("0899999999");

  private final Map<String, Intent> intents = new ConcurrentHashMap<>();
  private final Map<String, Refund> refunds = new ConcurrentHashMap<>();
  private final Map<String, Payout> payouts = new ConcurrentHashMap<>();
  private final Map<String, String> answered = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  // test classes share one database, each with a Stripe of its own: ids must not repeat across them
  private final String run = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
  private final WireMockServer server;

  /** On a port the OS picks. */
  public FakeStripe() {
    this(options().dynamicPort());
  }

  /** On a given port (the integration tests' Payara is told it before it starts). */
  public FakeStripe(int port) {
    this(options().port(port));
  }

  private FakeStripe(WireMockConfiguration options) {
    server = new WireMockServer(options.bindAddress("127.0.0.1").extensions(new Model()));
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers("fake-stripe")));
    server.start();
  }

  /** What FAIRSHARE_STRIPE_API_BASE is set to. */
  public String apiBase() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Every request the app made to create a PaymentIntent, with its headers and form fields. */
  public List<LoggedRequest> paymentIntentCreations() {
    return server.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
  }

  /** Every request the app made to refund. */
  public List<LoggedRequest> refundRequests() {
    return server.findAll(postRequestedFor(urlEqualTo("/v1/refunds")));
  }

  /** The intents made for an order (its metadata), oldest first. */
  public List<String> intentsFor(String order) {
    return intents.values().stream().filter(i -> order.equals(i.metadata.get("order"))).sorted((a, b) -> a.created - b.created).map(i -> i.id).toList();
  }

  public Optional<String> latestIntentFor(String order) {
    List<String> all = intentsFor(order);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The shopper's bank paid: the intent succeeded, with a charge whose balance transaction kept this fee. */
  public void succeed(String intentId, long feeSatang) {
    Intent intent = intent(intentId);
    intent.status = "succeeded";
    intent.received = intent.amount;
    intent.chargeId = "ch_" + intentId.substring(3);
    intent.fee = feeSatang;
  }

  /** The card was declined: the intent wants another payment method. */
  public void fail(String intentId) {
    intent(intentId).status = "requires_payment_method";
  }

  /** Stripe has paid the cooperative's balance out to its bank. */
  public void paidOut(String payoutId, long amountSatang) {
    payouts.put(payoutId, new Payout(payoutId, amountSatang, "paid"));
  }

  /** What the app has refunded of an intent, by Stripe's count. */
  public long refundedSatang(String intentId) {
    return refunds.values().stream().filter(r -> r.intentId.equals(intentId)).mapToLong(r -> r.amount).sum();
  }

  /** The intent as Stripe would put it in an event (its current state). */
  public String intentJson(String intentId) {
    return intent(intentId).json(false);
  }

  /** The intent's charge as Stripe would put it in a charge event. */
  public String chargeJson(String intentId) {
    Intent intent = intent(intentId);
    return """
        {"id": "%s", "object": "charge", "amount": %d, "currency": "thb", "payment_intent": "%s", "status": "succeeded", "refunds": {"object": "list", "data": []}}
        """.formatted(intent.chargeId, intent.amount, intent.id);
  }

  public String payoutJson(String payoutId) {
    return payouts.get(payoutId).json();
  }

  /** A webhook event about this object, in the API version stripe-java reads. */
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

  private Intent intent(String id) {
    Intent intent = intents.get(id);
    if (intent == null) {
      throw new IllegalArgumentException("no intent " + id + " was made");
    }
    return intent;
  }

  /** Answers every request as Stripe would, from the objects above. */
  private final class Model implements ResponseDefinitionTransformerV2 {

    @Override
    public String getName() {
      return "fake-stripe";
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      String path = request.getUrl().split("\\?")[0];
      String key = request.getHeader("Idempotency-Key");
      if (request.getMethod().getName().equals("POST") && key != null && answered.containsKey(key)) {
        return ok(answered.get(key)); // Stripe answers a repeated key with the first answer
      }
      String body;
      if (request.getMethod().getName().equals("POST") && path.equals("/v1/payment_intents")) {
        Map<String, String> form = form(request.getBodyAsString());
        Intent intent = new Intent("pi_fake_" + run + "_" + ids.incrementAndGet(), Long.parseLong(form.get("amount")), form.get("payment_method_types[0]"));
        intent.created = ids.get();
        form.forEach((k, v) -> {
          if (k.startsWith("metadata[")) {
            intent.metadata.put(k.substring(9, k.length() - 1), v);
          }
        });
        intent.status = "true".equals(form.get("confirm")) && "promptpay".equals(intent.method) ? "requires_action" : "requires_payment_method";
        intents.put(intent.id, intent);
        body = intent.json(false);
      } else if (path.startsWith("/v1/payment_intents/") && path.endsWith("/cancel")) {
        Intent intent = intents.get(path.substring(20, path.length() - 7));
        if (intent == null) {
          return missing("payment_intent");
        }
        if (!intent.status.equals("succeeded")) {
          intent.status = "canceled";
        }
        body = intent.json(false);
      } else if (path.startsWith("/v1/payment_intents/")) {
        Intent intent = intents.get(path.substring(20));
        if (intent == null) {
          return missing("payment_intent");
        }
        body = intent.json(request.getUrl().contains("balance_transaction"));
      } else if (request.getMethod().getName().equals("POST") && path.equals("/v1/refunds")) {
        Map<String, String> form = form(request.getBodyAsString());
        Intent intent = intents.get(form.get("payment_intent"));
        long amount = Long.parseLong(form.get("amount"));
        if (intent == null || !intent.status.equals("succeeded") || refundedSatang(intent.id) + amount > intent.received) {
          return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
              .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"charge_already_refunded\", \"message\": \"Refund amount is greater than unrefunded amount\"}}").build();
        }
        Refund refund = new Refund("re_fake_" + run + "_" + ids.incrementAndGet(), intent.id, amount, "succeeded");
        refunds.put(refund.id, refund);
        body = refund.json();
      } else if (path.startsWith("/v1/refunds/")) {
        Refund refund = refunds.get(path.substring(12));
        if (refund == null) {
          return missing("refund");
        }
        body = refund.json();
      } else if (path.startsWith("/v1/payouts/")) {
        Payout payout = payouts.get(path.substring(12));
        if (payout == null) {
          return missing("payout");
        }
        body = payout.json();
      } else {
        return missing("resource");
      }
      if (key != null && request.getMethod().getName().equals("POST")) {
        answered.put(key, body);
      }
      return ok(body);
    }

    private ResponseDefinition ok(String json) {
      return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_fake").withBody(json).build();
    }

    private ResponseDefinition missing(String what) {
      return aResponse().withStatus(404).withHeader("Content-Type", "application/json")
          .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"resource_missing\", \"message\": \"No such " + what + "\"}}").build();
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static final class Intent {
    final String id;
    final long amount;
    final String method;
    final Map<String, String> metadata = new ConcurrentHashMap<>();
    volatile String status;
    volatile long received;
    volatile String chargeId;
    volatile Long fee;
    volatile int created;

    Intent(String id, long amount, String method) {
      this.id = id;
      this.amount = amount;
      this.method = method;
    }

    String json(boolean expandCharge) {
      String nextAction = "null";
      if ("promptpay".equals(method) && "requires_action".equals(status)) {
        String qr = PromptPayQr.transfer(STRIPE_QR_ACCOUNT, Money.ofSatang(amount)).payload();
        nextAction = """
            {"type": "promptpay_display_qr_code", "promptpay_display_qr_code": {"data": "%s", "hosted_instructions_url": "https://payments.stripe.com/qr/instructions/test",
             "image_url_png": "https://qr.stripe.com/test.png", "image_url_svg": "https://qr.stripe.com/test.svg"}}
            """.formatted(qr);
      }
      String charge = chargeId == null ? "null" : "\"" + chargeId + "\"";
      if (chargeId != null && expandCharge) {
        charge = """
            {"id": "%s", "object": "charge", "amount": %d, "currency": "thb", "payment_intent": "%s", "status": "succeeded",
             "balance_transaction": {"id": "txn_%s", "object": "balance_transaction", "amount": %d, "currency": "thb", "fee": %d, "net": %d}}
            """.formatted(chargeId, amount, id, id.substring(3), amount, fee, amount - fee);
      }
      List<String> meta = new ArrayList<>();
      metadata.forEach((k, v) -> meta.add("\"" + k + "\": \"" + v + "\""));
      return """
          {"id": "%s", "object": "payment_intent", "amount": %d, "amount_received": %d, "currency": "thb",
           "status": "%s", "client_secret": "%s_secret_test", "livemode": false, "created": 1795910000,
           "payment_method_types": ["%s"], "latest_charge": %s, "next_action": %s, "metadata": {%s}}
          """.formatted(id, amount, received, status, id, method, charge, nextAction, String.join(", ", meta));
    }
  }

  private record Refund(String id, String intentId, long amount, String status) {
    String json() {
      return """
          {"id": "%s", "object": "refund", "amount": %d, "currency": "thb", "payment_intent": "%s", "status": "%s"}
          """.formatted(id, amount, intentId, status);
    }
  }

  private record Payout(String id, long amount, String status) {
    String json() {
      return """
          {"id": "%s", "object": "payout", "amount": %d, "currency": "thb", "arrival_date": 1795910000, "status": "%s"}
          """.formatted(id, amount, status);
    }
  }
}
