package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.PaymentSlips;
import coop.fairshare.payment.PromptPayQr;
import coop.fairshare.payment.SlipFile;
import coop.fairshare.payment.StripeIntent;
import coop.fairshare.payment.StripePaymentNews;
import coop.fairshare.payment.StripePayments;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gifts to the welfare fund through the shop. Anyone promises a gift on the donation page and pays
 * it through Stripe (card, or PromptPay through Stripe) or by the cooperative's own PromptPay QR.
 * When Stripe's webhook says the money arrived, the payment area tells this area by its news (the
 * reference "DON-…" is the fund's), or a treasurer confirms the donor's slip; either way the gift
 * is received once: a receipt number issued, Dr the account the money lands in, Cr the welfare
 * fund 3100, and Stripe's fee, once known, borne by the cooperative as a payment fee (the fund gets
 * the whole gift).
 *
 * <p>LockOrder: the donation's row by primary key first (after the webhook's stripe_event row),
 * then its stripe_payment or payment_slip rows (the page making an intent, the webhook learning
 * one, a slip sent or decided), then the year's receipt counter, then the ledger.
 */
@Stateless
public class Donations {

  private static final Logger LOG = Logger.getLogger(Donations.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext
  private EntityManager em;

  @EJB
  private StripePayments stripe;

  @EJB
  private Ledger ledger;

  @Inject
  private PaymentSettings settings;

  @EJB
  private PaymentSlips slips;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /**
   * The ways a donor may pay here now, in the shop's order: the cooperative's own PromptPay QR (a
   * treasurer confirms her slip) and those Stripe confirms; not a plain transfer, which names no gift.
   */
  @PermitAll
  public List<PaymentMethod> methods() {
    return settings.offered().stream().filter(m -> m.viaStripe() || m == PaymentMethod.PROMPTPAY_QR).toList();
  }

  /** A gift promised on the donation page, waiting for its payment; refused beside the field that is wrong. */
  @PermitAll
  public Donation pledge(Money amount, String donorName, String email, String message, PaymentMethod method) {
    Donation donation = new Donation(amount, donorName, email, message, method, newToken(), clock.instant());
    if (!methods().contains(method)) {
      throw new BadInput("welfare.donation.method.unavailable").on("method");
    }
    em.persist(donation);
    em.flush();
    return donation;
  }

  /** The donor's gift by her secret link; any other reference or token is "not found". */
  @PermitAll
  public Donation byToken(String reference, String token) {
    Donation donation = Donation.idOf(reference).map(id -> em.find(Donation.class, id)).orElse(null);
    if (donation == null || !donation.opensWith(token)) {
      throw new NotFound("donation", reference);
    }
    return donation;
  }

  /**
   * The Stripe intent the donor pays through (the card form, or Stripe's PromptPay QR), made once
   * per attempt; none once the gift is received; refused for a gift paid by the cooperative's own
   * QR. LockOrder: the donation's row, then its attempts.
   */
  @PermitAll
  public Optional<StripeIntent> stripeIntent(String reference, String token) {
    Donation donation = Donation.idOf(reference).map(id -> em.find(Donation.class, id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
    if (donation == null || !donation.opensWith(token)) {
      throw new NotFound("donation", reference);
    }
    if (!donation.method().viaStripe()) {
      throw new BusinessRuleViolation("welfare.donation.notViaStripe");
    }
    if (donation.isReceived()) {
      return Optional.empty();
    }
    return Optional.of(stripe.openIntent(donation.reference(), donation.method(), donation.amount(), donation.email()));
  }

  /**
   * Stripe's news about a payment (a signed webhook event, recorded once by the payment area in this
   * same transaction): a gift whose intent succeeded is received once; a second payment of a gift
   * already received goes back whole; Stripe's fee, once known, is posted once per intent.
   */
  @PermitAll
  public void onStripeNews(@Observes StripePaymentNews news) {
    Optional<Long> id = Donation.idOf(news.reference());
    if (id.isEmpty()) {
      return; // not a gift to the fund
    }
    Donation donation = em.find(Donation.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
    if (donation == null) {
      LOG.warning(() -> "Stripe news for a donation that does not exist: " + news.reference());
      return;
    }
    StripeIntent intent = news.intent();
    if (!intent.succeeded()) {
      return;
    }
    String payment = "stripe " + intent.id();
    if (donation.isReceived() && !payment.equals(donation.paymentReference().orElse(null))) {
      // paid twice (a second attempt paid as well): the second payment goes back whole
      stripe.refund(intent.id(), intent.received(), "refund-whole-" + intent.id(), "donation " + donation.reference() + " already received");
    } else if (!donation.isReceived() && !intent.received().equals(donation.amount())) {
      // never the case for an intent this shop made; money that does not match goes back whole
      stripe.refund(intent.id(), intent.received(), "refund-whole-" + intent.id(), "amount differs from the donation");
    } else if (!donation.isReceived()) {
      receive(donation, news.method().receivedInto(), payment, "stripe", fee(donation, intent));
      return;
    }
    fee(donation, intent).ifPresent(ledger::post);
  }

  /**
   * The gift is received, once: its receipt number issued, Dr where the money landed / Cr the
   * welfare fund, and anything posted alongside (Stripe's fee) in the same batch (LockOrder: the
   * donation is locked, then the counter, then the ledger).
   */
  private void receive(Donation donation, String receivedInto, String payment, String actor, Optional<JournalEntry> alongside) {
    String receipt = nextReceiptNo(CoopTime.today());
    List<JournalEntry> entries = new ArrayList<>();
    entries.add(new JournalEntry(CoopTime.today(), "Donation to the welfare fund, receipt " + receipt, EntrySource.WELFARE, donation.reference(),
        "welfare-donation-" + donation.id(), null, actor, List.of(PostingLine.debit(account(receivedInto), donation.amount()),
            PostingLine.credit(account(LedgerAccounts.WELFARE_FUND), donation.amount()))));
    alongside.ifPresent(entries::add);
    List<PostedEntry> posted = ledger.postAll(entries);
    donation.received(receipt, posted.get(0).id(), payment, clock.instant());
  }

  /** The cooperative's own PromptPay QR for a gift that waits for it: the exact amount, the gift's reference on a bill payment. */
  @PermitAll
  public Optional<PromptPayQr> promptPayQr(Donation donation) {
    if (donation.isReceived() || !donation.paidBySlip()) {
      return Optional.empty();
    }
    return settings.qrFor(donation.reference(), donation.amount());
  }

  /**
   * The donor sends the slip of her transfer to the cooperative's QR, by her secret link, while the
   * gift waits for it. LockOrder: the donation, then its slips.
   */
  @PermitAll
  public PaymentSlip sendSlip(String reference, String token, byte[] file) {
    Donation donation = Donation.idOf(reference).map(id -> em.find(Donation.class, id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
    if (donation == null || !donation.opensWith(token)) {
      throw new NotFound("donation", reference);
    }
    if (donation.isReceived() || !donation.paidBySlip()) {
      throw new BusinessRuleViolation("welfare.donation.slip.notAwaitingTransfer").on("slip");
    }
    return slips.keep(donation.reference(), donation.amount(), SlipFile.of(file));
  }

  /** The slips sent for a gift, newest first. */
  @PermitAll
  public List<PaymentSlip> slipsOf(Donation donation) {
    return slips.of(donation.reference());
  }

  /** The donors' slips waiting for a treasurer, oldest first (orders' slips wait on the orders' page). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<PaymentSlip> waitingSlips() {
    return slips.waiting().stream().filter(s -> Donation.idOf(s.reference()).isPresent()).toList();
  }

  /**
   * A treasurer found the slip's money on the statement: the gift is received into cash and bank
   * (once; a second slip for a gift already received is only marked confirmed, and paid back by
   * the treasurer). LockOrder: the donation, then the slip, then the counter and the ledger.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Donation confirmSlip(long slipId) {
    Donation donation = donationOfSlip(slipId);
    slips.lockedWaiting(slipId);
    if (!donation.isReceived()) {
      receive(donation, LedgerAccounts.BANK, "slip " + slipId, caller(), Optional.empty());
    }
    slips.confirmed(slipId, caller());
    return donation;
  }

  /** The slip does not match the statement: rejected with a reason the donor reads on her gift's page; she may send another. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Donation rejectSlip(long slipId, String reason) {
    Donation donation = donationOfSlip(slipId);
    slips.lockedWaiting(slipId);
    slips.rejected(slipId, reason, caller());
    return donation;
  }

  /** The gift a slip pays, locked; a slip of an order is no gift's ("not found"). */
  private Donation donationOfSlip(long slipId) {
    String reference = slips.referenceOf(slipId);
    Donation donation = Donation.idOf(reference).map(id -> em.find(Donation.class, id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
    if (donation == null) {
      throw new NotFound("slip", slipId);
    }
    return donation;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  /** The received gifts, newest first, for the treasurers. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<Donation> received(int limit) {
    return em.createQuery("SELECT d FROM Donation d WHERE d.state = :s ORDER BY d.receivedAt DESC, d.id DESC", Donation.class)
        .setParameter("s", DonationState.RECEIVED).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
  }

  /** How many gifts were received and what they came to, all told. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Totals totals() {
    Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(amount_satang), 0) FROM welfare_donation WHERE state = 'RECEIVED'").getSingleResult();
    Number waiting = (Number) em.createNativeQuery("SELECT COUNT(*) FROM welfare_donation WHERE state = 'WAITING_PAYMENT'").getSingleResult();
    return new Totals(((Number) row[0]).longValue(), Money.ofSatang(((Number) row[1]).longValue()), waiting.longValue());
  }

  /** Received gifts, their sum, and gifts still waiting for their money. */
  public record Totals(long received, Money amount, long waiting) {}

  /**
   * Stripe's fee for an intent, once known: more payment fees, less in Stripe clearing, borne by the
   * cooperative (the fund keeps the whole gift). Once per intent by its key.
   */
  private Optional<JournalEntry> fee(Donation donation, StripeIntent intent) {
    if (intent.knownFee().isEmpty() || !intent.knownFee().get().isPositive()) {
      return Optional.empty();
    }
    Money fee = intent.knownFee().get();
    return Optional.of(new JournalEntry(CoopTime.today(), "Stripe fee " + donation.reference(), EntrySource.PAYMENT, intent.id(), "stripe-fee-" + intent.id(), null,
        "stripe", List.of(PostingLine.debit(account(LedgerAccounts.PAYMENT_FEES), fee), PostingLine.credit(account(LedgerAccounts.CARD_CLEARING), fee))));
  }

  /**
   * The next receipt number of the year, DN-2026-000001 on: the year's counter row is written (and so
   * locked) first, so two instances receiving gifts at once take turns and never issue one twice.
   */
  private String nextReceiptNo(LocalDate day) {
    int year = day.getYear();
    em.createNativeQuery("INSERT INTO welfare_donation_counter (year, last_no) VALUES (?, 1) ON DUPLICATE KEY UPDATE last_no = last_no + 1").setParameter(1, year)
        .executeUpdate();
    int number = ((Number) em.createNativeQuery("SELECT last_no FROM welfare_donation_counter WHERE year = ? FOR UPDATE").setParameter(1, year).getSingleResult()).intValue();
    return String.format("DN-%d-%06d", year, number);
  }

  private long account(String code) {
    return ledger.account(code).id();
  }

  /** 32 random bytes: a donor's receipt link cannot be guessed. */
  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
