package coop.fairshare.payment;

import coop.fairshare.shared.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.CoopTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stripe's webhook, applied exactly once per event: the event's id is recorded in the same
 * transaction as everything it changes, so an event sent again finds its row and changes nothing
 * (a second delivery arriving at the same moment waits on the first one's row, then finds it).
 * Events come late, twice and out of order, so none is believed: the object it names is read
 * again from Stripe and its state now is what counts. An event about an object the shop does not
 * know is acknowledged and logged, so Stripe does not send it for days.
 */
@Stateless
@PermitAll
public class StripeWebhook {

  private static final Logger LOG = Logger.getLogger(StripeWebhook.class.getName());

  @PersistenceContext
  private EntityManager em;

  @Inject
  private StripeGateway stripe;

  @Inject
  private jakarta.enterprise.event.Event<StripePaymentNews> news;

  @EJB
  private StripePayments payments;

  @EJB
  private Ledger ledger;

  private final Clock clock = Clock.systemUTC();

  /** Applies one delivery; what it did, for the log and the answer. Refused (400) unless Stripe signed it. */
  public String receive(String payload, String signature) {
    com.stripe.model.Event event = stripe.verify(payload, signature);
    JsonObject object = dataObject(payload);
    String objectId = text(object, "id").orElse(null);
    int recorded = em.createNativeQuery("INSERT IGNORE INTO stripe_event (event_id, type, object_id, outcome) VALUES (?, ?, ?, 'received')")
        .setParameter(1, event.getId()).setParameter(2, event.getType()).setParameter(3, objectId).executeUpdate();
    if (recorded == 0) {
      return "already applied";
    }
    String outcome = apply(event.getType(), object);
    em.createNativeQuery("UPDATE stripe_event SET outcome = ? WHERE event_id = ?").setParameter(1, outcome.length() > 200 ? outcome.substring(0, 200) : outcome)
        .setParameter(2, event.getId()).executeUpdate();
    if (outcome.startsWith("unknown")) {
      LOG.warning(() -> "Stripe event " + event.getId() + " (" + event.getType() + "): " + outcome);
    }
    return outcome;
  }

  private String apply(String type, JsonObject object) {
    if (type.startsWith("payment_intent.")) {
      return intentNews(type, text(object, "id").orElse(""));
    }
    if (type.startsWith("charge.refund") || type.startsWith("refund.")) {
      return refundNews(text(object, "id").orElse(""));
    }
    if (type.startsWith("charge.")) {
      // a charge's news (succeeded, refunded, its fee settled) is its intent's news
      String outcome = intentNews(type, text(object, "payment_intent").orElse(""));
      if ("charge.refunded".equals(type)) {
        refreshRefundsOf(object);
      }
      return outcome;
    }
    if (type.startsWith("payout.")) {
      return payoutNews(text(object, "id").orElse(""));
    }
    return "ignored: not a payment event";
  }

  private String intentNews(String type, String intentId) {
    Optional<StripePayment> attempt = intentId.isEmpty() ? Optional.empty() : payments.byIntent(intentId);
    if (attempt.isEmpty()) {
      return "unknown intent " + intentId;
    }
    StripeIntent now = stripe.intent(intentId);
    // the order is locked by its observer first (LockOrder), then this attempt's row is updated
    news.fire(new StripePaymentNews(type, attempt.get().reference(), attempt.get().method(), now));
    payments.learn(now);
    return "intent " + intentId + " " + now.status();
  }

  private String refundNews(String refundId) {
    if (refundId.isEmpty()) {
      return "unknown refund";
    }
    StripeRefund now = stripe.refundNow(refundId);
    int changed = em.createNativeQuery("UPDATE stripe_refund SET status = ?, updated_at = CURRENT_TIMESTAMP(3) WHERE refund_id = ?")
        .setParameter(1, now.status()).setParameter(2, refundId).executeUpdate();
    return changed == 0 ? "unknown refund " + refundId : "refund " + refundId + " " + now.status();
  }

  private void refreshRefundsOf(JsonObject charge) {
    JsonValue refunds = charge.get("refunds");
    if (refunds instanceof JsonObject list && list.get("data") instanceof jakarta.json.JsonArray data) {
      for (JsonValue refund : data) {
        if (refund instanceof JsonObject one) {
          text(one, "id").ifPresent(this::refundNews);
        }
      }
    }
  }

  /** Stripe paid the cooperative's balance out to its bank: clearing moves to cash at the bank, once. */
  private String payoutNews(String payoutId) {
    if (payoutId.isEmpty()) {
      return "unknown payout";
    }
    StripePayout payout = stripe.payout(payoutId);
    if (!"paid".equals(payout.status())) {
      return "payout " + payoutId + " " + payout.status();
    }
    if (!"thb".equalsIgnoreCase(payout.currency())) {
      return "unknown payout " + payoutId + " in " + payout.currency();
    }
    LocalDate arrival = payout.arrivalEpochSeconds() == null ? CoopTime.today() : LocalDate.ofInstant(Instant.ofEpochSecond(payout.arrivalEpochSeconds()), CoopTime.ZONE);
    int recorded = em.createNativeQuery("INSERT IGNORE INTO stripe_payout (payout_id, amount_satang, arrival_date, status) VALUES (?, ?, ?, ?)")
        .setParameter(1, payoutId).setParameter(2, payout.amount().satang()).setParameter(3, arrival).setParameter(4, payout.status()).executeUpdate();
    if (recorded > 0 && payout.amount().isPositive()) {
      // posted on today's date: the payout's arrival may fall in a month already closed
      ledger.post(new JournalEntry(CoopTime.today(), "Stripe payout " + payoutId, EntrySource.PAYMENT, payoutId, "stripe-payout-" + payoutId, null, "stripe",
          List.of(PostingLine.debit(ledger.account(LedgerAccounts.BANK).id(), payout.amount()),
              PostingLine.credit(ledger.account(LedgerAccounts.CARD_CLEARING).id(), payout.amount()))));
    }
    return "payout " + payoutId + " paid";
  }

  /** The event's object as Stripe sent it, read without stripe-java's typed model (which reads only its own API version). */
  private static JsonObject dataObject(String payload) {
    try (var reader = Jsons.reader(new StringReader(payload))) {
      return reader.readObject().getJsonObject("data").getJsonObject("object");
    } catch (RuntimeException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static Optional<String> text(JsonObject object, String field) {
    JsonValue value = object == null ? null : object.get(field);
    if (value instanceof jakarta.json.JsonString string) {
      return Optional.of(string.getString());
    }
    // an expanded object: its id
    return value instanceof JsonObject expanded ? text(expanded, "id") : Optional.empty();
  }
}
