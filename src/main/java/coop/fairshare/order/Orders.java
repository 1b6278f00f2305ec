package coop.fairshare.order;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.CoopSettings;
import coop.fairshare.account.Accounts;
import coop.fairshare.catalog.Stock;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.split.SaleSplits;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.PaymentSlips;
import coop.fairshare.payment.SlipFile;
import coop.fairshare.payment.PromptPayQr;
import coop.fairshare.payment.StripeIntent;
import jakarta.inject.Inject;
import coop.fairshare.payment.StripePaymentNews;
import coop.fairshare.payment.StripePayments;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders after checkout: a shopper reads her own, a guest hers by its secret link, a treasurer
 * confirms bank transfers (which posts every line's stored split to the ledger, once), cancels and
 * refunds. Each change locks the order's row first, so two instances cannot both apply it.
 */
@Stateless
public class Orders {

  private static final Logger LOG = Logger.getLogger(Orders.class.getName());

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Accounts accounts;

  @EJB
  private Stock stock;

  @EJB
  private SaleSplits splits;

  @EJB
  private Ledger ledger;

  @EJB
  private StripePayments stripePayments;

  @EJB
  private PaymentSlips slips;


  @Inject
  private PaymentSettings paymentSettings;

  @EJB
  private OrderMails mails;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /** The signed-in shopper's orders, newest first. */
  @RolesAllowed(Roles.SHOPPER)
  public List<ShopOrder> mine() {
    return em.createQuery("SELECT o FROM ShopOrder o WHERE o.accountId = :a ORDER BY o.placedAt DESC, o.id DESC", ShopOrder.class)
        .setParameter("a", accounts.caller().id()).setMaxResults(200).getResultList();
  }

  /** One of the signed-in shopper's orders; someone else's is "not found", so ids cannot be probed. */
  @RolesAllowed(Roles.SHOPPER)
  public ShopOrder mine(String number) {
    return hersSignedIn(shown(number));
  }

  /** A guest's order, by the secret token from her confirmation link. */
  @PermitAll
  public ShopOrder byToken(String number, String token) {
    return hersByToken(shown(number), token);
  }

  private ShopOrder hersSignedIn(ShopOrder order) {
    if (!order.isOwnedBy(accounts.caller().id())) {
      throw new NotFound("order", order.number());
    }
    return order;
  }

  private static ShopOrder hersByToken(ShopOrder order, String token) {
    if (token == null || !MessageDigest.isEqual(order.accessToken().getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
      throw new NotFound("order", order.number());
    }
    return order;
  }

  /**
   * One order as its page shows it, in one call (a page's dozen questions were each a container
   * call and a read): whose it may be is decided here, as {@link #byToken}, {@link #mine} and a
   * treasurer's look at any order decide it; anyone else's is "not found", whatever number is typed.
   * The order, its parcels, their groups and its lines come in one read, the lines' splits in one.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public OrderView view(String number, String token) {
    ShopOrder order;
    if (token != null && !token.isBlank()) {
      order = hersByToken(shown(number), token);
    } else if (session.isCallerInRole(Roles.SHOPPER)) {
      order = hersSignedIn(shown(number));
    } else if (session.isCallerInRole(Roles.TREASURER) || session.isCallerInRole(Roles.ADMIN)) {
      order = shown(number);
    } else {
      throw new NotFound("order", String.valueOf(number));
    }
    // slips are sent only for a transfer (a card or Stripe's QR has none)
    List<PaymentSlip> sent = order.paymentMethod().viaStripe() ? List.of() : slips.of(order.number());
    return new OrderView(order, splitsOf(order), sent, history(order), promptPayQr(order),
        order.waitsForTransfer() ? CoopSettings.text(em, "payment.bankAccount").orElse("") : "");
  }

  /** Each line's split as stored at checkout, by its sale, read at once. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.Map<String, SplitAllocation> splitsOf(ShopOrder order) {
    java.util.Map<String, SplitAllocation> bySale = new java.util.HashMap<>();
    splits.find(order.lines().stream().map(OrderLine::saleRef).toList()).forEach((sale, split) -> bySale.put(sale, split.allocation()));
    return bySale;
  }

  /** How many orders awaiting payment the treasurers' list shows at most. */
  public static final int AWAITING_SHOWN = 500;

  /**
   * The newest orders awaiting payment, at most {@link #AWAITING_SHOWN}, oldest first among them,
   * and whether older ones wait too. The newest, because a transfer usually follows its order within
   * the hour, while an old unpaid order is released when its hold ends; the oldest 500 once hid every
   * order placed after them.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public AwaitingOrders awaitingPayment() {
    List<ShopOrder> newest = new java.util.ArrayList<>(em.createQuery("SELECT o FROM ShopOrder o WHERE o.state = :s ORDER BY o.placedAt DESC, o.id DESC", ShopOrder.class)
        .setParameter("s", OrderState.AWAITING_PAYMENT).setMaxResults(AWAITING_SHOWN + 1).getResultList());
    boolean older = newest.size() > AWAITING_SHOWN;
    List<ShopOrder> shown = newest.subList(0, Math.min(AWAITING_SHOWN, newest.size()));
    java.util.Collections.reverse(shown);
    return new AwaitingOrders(List.copyOf(shown), older);
  }

  /** Orders awaiting payment as the treasurers' list shows them, and whether older ones are left out. */
  public record AwaitingOrders(List<ShopOrder> orders, boolean olderNotShown) {
  }

  /** The states of these orders by number (the slips waiting name their orders; one may be paid or called off since). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public java.util.Map<String, OrderState> statesOf(java.util.Collection<String> numbers) {
    if (numbers.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<String, OrderState> states = new java.util.HashMap<>();
    em.createQuery("SELECT o.number, o.state FROM ShopOrder o WHERE o.number IN :numbers", Object[].class).setParameter("numbers", List.copyOf(numbers))
        .getResultList().forEach(row -> states.put((String) row[0], (OrderState) row[1]));
    return states;
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<ShopOrder> recent(int limit) {
    return em.createQuery("SELECT o FROM ShopOrder o ORDER BY o.id DESC", ShopOrder.class).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
  }

  /**
   * The shopper's bank transfer arrived. The held stock is sold, each line's stored split is posted
   * (money into the bank, shares to maker, group and funds) and the shipping fee is booked; the
   * groups may pack. Confirming twice changes nothing the second time.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ShopOrder confirmPayment(String number, String bankReference) {
    String reference = bankReference == null ? "" : bankReference.strip();
    if (reference.isEmpty() || reference.length() > 100) {
      throw new BadInput("order.paymentReference.required");
    }
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    if (order.state().isPaid()) {
      return order;
    }
    if (order.state() == OrderState.CANCELLED && order.lapsed()) {
      // a transfer that came after the reservation lapsed: the treasurer pays it back if the stock is gone
      if (!takeStockAgain(order)) {
        throw new BusinessRuleViolation("order.late.stockGone");
      }
      applyLatePayment(order, reference, LedgerAccounts.BANK, List.of());
      return order;
    }
    applyPayment(order, reference, LedgerAccounts.BANK);
    return order;
  }

  /**
   * Stripe's news about an attempt to pay an order (a signed webhook event, recorded once by the
   * payment area in this same transaction). Acts on the intent as Stripe has it now:
   * <ul>
   *   <li>succeeded for an unpaid order: the order is paid into Stripe clearing, and the real fee,
   *       once known, is posted against the estimate the split carried;
   *   <li>succeeded after the order was called off: its stock taken again if every line's is still
   *       there, otherwise the money refunded at once, and her order page says which;
   *   <li>succeeded for an order already paid some other way: refunded, it was paid twice;
   *   <li>a failed attempt: noted in the order's history; the order still waits for payment.
   * </ul>
   * LockOrder: the order row first (then its variants, splits and the ledger, as paying always does).
   */
  @PermitAll
  public void onStripeNews(@Observes StripePaymentNews news) {
    if (!news.reference().startsWith(OrderNumbers.PREFIX)) {
      return; // not an order's payment
    }
    ShopOrder order;
    try {
      order = byNumber(news.reference(), LockModeType.PESSIMISTIC_WRITE);
    } catch (NotFound e) {
      LOG.warning(() -> "Stripe news for an order that does not exist: " + news.reference());
      return;
    }
    StripeIntent intent = news.intent();
    String reference = "stripe " + intent.id();
    if (!intent.succeeded()) {
      if (news.failedAttempt()) {
        OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "payment failed " + intent.id(), "stripe");
      }
      return;
    }
    if (!intent.received().equals(order.total())) {
      // never the case for an intent this shop made; money that does not match goes back whole
      refundWhole(order, intent, "amount differs from the order's total");
      return;
    }
    switch (order.state()) {
      case AWAITING_PAYMENT -> {
        applyPayment(order, reference, news.method().receivedInto(), feeAdjustment(order, intent, true));
      }
      case CANCELLED -> {
        if (order.latePayment().isPresent()) {
          feeAdjustment(order, intent, false).ifPresent(ledger::post);
        } else if (!order.lapsed()) {
          // she (or a treasurer) called the order off: her money goes back, the order stays cancelled
          order.cancelledMoneyRefunded();
          refundWhole(order, intent, "paid after the order was cancelled");
          feeAdjustment(order, intent, false).ifPresent(ledger::post);
          OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "payment after cancelling refunded " + intent.id(), "stripe");
        } else if (takeStockAgain(order)) {
          applyLatePayment(order, reference, news.method().receivedInto(), feeAdjustment(order, intent, true).stream().toList());
        } else {
          order.lateMoneyRefunded();
          refundWhole(order, intent, "paid after the reservation lapsed; the stock was gone");
          feeAdjustment(order, intent, false).ifPresent(ledger::post);
          OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "late payment refunded " + intent.id(), "stripe");
        }
      }
      default -> {
        if (reference.equals(order.paymentReference().orElse(null))) {
          feeAdjustment(order, intent, true).ifPresent(ledger::post);
        } else if (order.state().isPaid() || order.state() == OrderState.REFUNDED) {
          refundWhole(order, intent, "the order was already paid");
          feeAdjustment(order, intent, false).ifPresent(ledger::post);
          OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "second payment refunded " + intent.id(), "stripe");
        }
      }
    }
  }

  /**
   * The real fee Stripe kept, posted against the estimate each line's split carried: more goes to
   * payment fees from Stripe clearing, less comes back. Borne by the cooperative fund, never by a
   * maker; once per intent; nothing until the fee is known. Money that went straight back carried
   * no estimate ({@code splitsPosted} false): Stripe still kept its whole fee.
   */
  private Optional<JournalEntry> feeAdjustment(ShopOrder order, StripeIntent intent, boolean splitsPosted) {
    String key = "stripe-fee-" + intent.id();
    // decided on the locked order row: a plain read of the journal could be an older snapshot
    if (intent.knownFee().isEmpty() || order.feePosted()) {
      return Optional.empty();
    }
    order.markFeePosted();
    Money estimated = Money.ZERO;
    if (splitsPosted) {
      for (OrderLine line : order.lines()) {
        estimated = estimated.plus(splits.find(line.saleRef()).map(s -> s.allocation().fee()).orElse(Money.ZERO));
      }
    }
    Money difference = intent.knownFee().get().minus(estimated);
    if (difference.equals(Money.ZERO)) {
      return Optional.empty();
    }
    long fees = ledger.account(LedgerAccounts.PAYMENT_FEES).id();
    long clearing = ledger.account(LedgerAccounts.CARD_CLEARING).id();
    Money amount = difference.isNegative() ? Money.ZERO.minus(difference) : difference;
    List<PostingLine> lines = difference.isNegative() ? List.of(PostingLine.debit(clearing, amount), PostingLine.credit(fees, amount))
        : List.of(PostingLine.debit(fees, amount), PostingLine.credit(clearing, amount));
    return Optional.of(new JournalEntry(CoopTime.today(), "Stripe fee " + order.number() + " (real less estimated)", EntrySource.PAYMENT, intent.id(), key, null, "stripe", lines));
  }

  /** Money paid through Stripe for an order that cannot take it goes back whole, once per intent; she is told by mail. */
  private void refundWhole(ShopOrder order, StripeIntent intent, String why) {
    stripePayments.refund(intent.id(), intent.received(), "refund-whole-" + intent.id(), why);
    // the reason in her words: why her page says the money went back (numbered 0: no treasurer's refund)
    String key = order.latePayment().map(late -> "order.latePayment." + late.name()).orElse("order.paidTwiceRefunded");
    mails.refunded(order, intent.received(), coop.fairshare.shared.web.Texts.text(java.util.Locale.forLanguageTag(order.language()), key), 0);
  }

  /**
   * Takes every line's stock again for a called-off order that money arrived for, in variant order
   * (LockOrder), only if all of it is there: false, and nothing taken, when any line is short.
   */
  private boolean takeStockAgain(ShopOrder order) {
    List<OrderLine> lines = inVariantOrder(order.lines());
    for (OrderLine line : lines) {
      if (stock.available(line.variantId()) < line.quantity()) {
        return false;
      }
    }
    for (OrderLine line : lines) {
      stock.reserve(line.variantId(), line.quantity(), "order " + order.number() + " paid late");
    }
    return true;
  }

  private void applyLatePayment(ShopOrder order, String reference, String receivedInto, List<JournalEntry> alongside) {
    order.markPaidLate(reference, clock.instant());
    settle(order, OrderState.CANCELLED, reference, receivedInto, alongside);
  }

  /**
   * Applies a payment to a locked, unpaid order; the payments issue calls this for cards and
   * PromptPay. LockOrder: the order row (held), its variants by id, then the ledger in one batch.
   */
  void applyPayment(ShopOrder order, String reference, String receivedInto) {
    applyPayment(order, reference, receivedInto, Optional.empty());
  }

  private void applyPayment(ShopOrder order, String reference, String receivedInto, Optional<JournalEntry> feeAdjustment) {
    OrderState before = order.state();
    order.markPaid(reference, clock.instant());
    settle(order, before, reference, receivedInto, feeAdjustment.stream().toList());
  }

  /** The paid order's stock is sold and its postings made, in one ledger batch (LockOrder). */
  private void settle(ShopOrder order, OrderState before, String reference, String receivedInto, List<JournalEntry> alongside) {
    for (OrderLine line : inVariantOrder(order.lines())) {
      stock.sell(line.variantId(), line.quantity(), "order " + order.number());
    }
    List<JournalEntry> shipping = new ArrayList<>(alongside);
    if (order.shippingFee().isPositive()) {
      shipping.add(new JournalEntry(CoopTime.today(), "Shipping " + order.number(), EntrySource.SALE, order.number(), shippingKey(order), null, actor(),
          List.of(PostingLine.debit(ledger.account(receivedInto).id(), order.shippingFee()), PostingLine.credit(ledger.account(LedgerAccounts.SHIPPING_INCOME).id(), order.shippingFee()))));
    }
    splits.postAll(order.lines().stream().map(OrderLine::saleRef).toList(), receivedInto, shipping);
    OrderHistory.record(em, order, null, before.name(), order.state().name(), "payment " + reference, actor());
    mails.paid(order);
  }

  /** LockOrder: an order's variants are locked in ascending id, whatever order the lines are in. */
  private static List<OrderLine> inVariantOrder(List<OrderLine> lines) {
    return lines.stream().sorted(java.util.Comparator.comparingLong(OrderLine::variantId)).toList();
  }

  /** Calls off an unpaid order: its own shopper or a treasurer may; the held stock goes back on sale. */
  @RolesAllowed({Roles.SHOPPER, Roles.TREASURER, Roles.ADMIN})
  public ShopOrder cancel(String number) {
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    if (session.isCallerInRole(Roles.SHOPPER) && !order.isOwnedBy(accounts.caller().id())) {
      throw new NotFound("order", number);
    }
    cancelUnpaid(order, "cancelled", false, actor());
    return order;
  }

  /**
   * A guest calls off her unpaid order through the secret link her checkout gave her (a wrong token
   * is "not found", as for anything else of hers); the held stock goes back on sale at once rather
   * than when the hold lapses.
   */
  @PermitAll
  public ShopOrder cancelByToken(String number, String token) {
    ShopOrder order = hersByToken(byNumber(number, LockModeType.PESSIMISTIC_WRITE), token);
    cancelUnpaid(order, "cancelled", false, "guest");
    return order;
  }

  /** Gives a whole paid order's money back (what is left of it, and the shipping fee). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ShopOrder refund(String number, String reason) {
    return refund(number, List.of(), true, reason);
  }

  /**
   * Gives money back for a paid order: chosen units of chosen lines, or the whole order
   * ({@code whole}, with its shipping fee), with a reason. The ledger takes back exactly the
   * refunded part of each line's stored split (the fee is not given back: Stripe keeps it, the
   * cooperative bears it). Card and Stripe-PromptPay money goes back through Stripe, once per refund;
   * a transfer or the cooperative's own QR is paid back by the treasurer from the bank. Units whose
   * parcel has not shipped go back on the shelf; shipped goods only when they come back.
   * LockOrder: the order, then its lines (their refunded counts read as they are now, not as an
   * older snapshot), then variants, then the ledger in one batch.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ShopOrder refund(String number, List<ShopOrder.RefundLine> lines, boolean whole, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 150) {
      throw new BadInput("order.refund.reason").on("reason");
    }
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    order.lines().forEach(line -> em.refresh(line, LockModeType.PESSIMISTIC_WRITE));
    OrderState before = order.state();
    ShopOrder.Refund refund = order.refund(lines, whole);
    List<OrderLine> backOnShelf = refund.parts().stream().filter(p -> !p.line().fulfilment().state().hasShipped())
        .map(ShopOrder.RefundedPart::line).sorted(java.util.Comparator.comparingLong(OrderLine::variantId)).toList();
    for (OrderLine line : backOnShelf) {
      ShopOrder.RefundedPart part = refund.parts().stream().filter(p -> p.line() == line).findFirst().orElseThrow();
      stock.returnToShelf(line.variantId(), part.toUnits() - part.fromUnits(), "refund " + order.number());
    }
    String paidBackFrom = order.paymentMethod().receivedInto();
    String stripeRefundId = null;
    if (order.paymentMethod().viaStripe()) {
      String intentId = stripeIntentOf(order);
      stripeRefundId = stripePayments.refund(intentId, refund.amount(), "refund-" + order.number() + "-" + refund.seq(), why).id();
    }
    List<JournalEntry> alongside = new ArrayList<>();
    if (refund.shipping().isPositive()) {
      alongside.add(new JournalEntry(CoopTime.today(), "Refund shipping " + order.number() + ": " + why, EntrySource.REFUND, order.number(),
          shippingKey(order) + "-refund", null, actor(), List.of(PostingLine.debit(ledger.account(LedgerAccounts.SHIPPING_INCOME).id(), refund.shipping()),
              PostingLine.credit(ledger.account(paidBackFrom).id(), refund.shipping()))));
    }
    splits.postRefunds(refund.parts().stream().map(p -> new SaleSplits.RefundPart(p.line().saleRef(), p.fromUnits(), p.toUnits(), p.line().quantity())).toList(),
        paidBackFrom, why, actor(), alongside);
    String summary = refund.parts().stream().map(p -> p.line().lineNo() + "×" + (p.toUnits() - p.fromUnits())).collect(java.util.stream.Collectors.joining(", "));
    em.createNativeQuery("INSERT INTO order_refund (order_id, seq, amount_satang, shipping_satang, refunded_lines, reason, paid_back, stripe_refund_id, created_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").setParameter(1, order.id()).setParameter(2, refund.seq()).setParameter(3, refund.amount().satang())
        .setParameter(4, refund.shipping().satang()).setParameter(5, summary.isEmpty() ? "shipping" : summary).setParameter(6, why)
        .setParameter(7, stripeRefundId == null ? "BY_TREASURER" : "STRIPE").setParameter(8, stripeRefundId).setParameter(9, actor()).executeUpdate();
    OrderHistory.record(em, order, null, before.name(), order.state().name(), "Refund " + refund.amount().toBaht().toPlainString() + " (" + (summary.isEmpty() ? "shipping" : summary) + "): " + why, actor());
    mails.refunded(order, refund.amount(), why, refund.seq());
    return order;
  }

  /** The intent that paid an order through Stripe, from its payment reference. */
  private static String stripeIntentOf(ShopOrder order) {
    String reference = order.paymentReference().orElse("");
    if (!reference.startsWith("stripe ")) {
      throw new IllegalStateException("order " + order.number() + " was not paid through Stripe");
    }
    return reference.substring("stripe ".length());
  }

  /**
   * Unpaid orders whose reservation lapsed, after the given id and in id order (a plain read: the
   * timer pages through them and releases each in a transaction of its own).
   */
  @PermitAll
  public List<LapsedOrder> lapsedAfter(long afterId, int batch) {
    List<Object[]> rows = em.createNativeQuery("SELECT id, order_number FROM shop_order WHERE state = 'AWAITING_PAYMENT' AND reserved_until <= ? AND id > ? ORDER BY id LIMIT ?")
        .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, afterId).setParameter(3, Math.max(1, Math.min(batch, 200))).getResultList();
    return rows.stream().map(r -> new LapsedOrder(((Number) r[0]).longValue(), (String) r[1])).toList();
  }

  /** One unpaid order the timer found lapsed. */
  public record LapsedOrder(long id, String number) {}

  /**
   * Cancels one unpaid order whose reservation lapsed, in the caller's transaction (the timer gives
   * each order its own). Every instance's timer may try at once: a row another instance holds is
   * skipped, and an order no longer awaiting payment is not touched, so each is released once.
   * True when this call cancelled it.
   */
  @PermitAll
  public boolean releaseLapsed(long orderId) {
    // by primary key alone: a range over the expiry index would lock other orders' index entries too
    List<?> locked = em.createNativeQuery("SELECT id FROM shop_order WHERE id = ? FOR UPDATE SKIP LOCKED").setParameter(1, orderId).getResultList();
    if (locked.isEmpty()) {
      return false;
    }
    ShopOrder order = em.find(ShopOrder.class, orderId);
    if (order == null || !order.hasLapsed(clock.instant())) {
      return false;
    }
    cancelUnpaid(order, "reservation lapsed", true, actor());
    return true;
  }

  /**
   * The Stripe intent through which the shopper pays her order now (the card form's secret, or
   * Stripe's PromptPay QR): her own order, or a guest's by its token. The order is locked first
   * (LockOrder), so two tabs make one intent; while a payment is under way its stock stays held
   * (never less than the setting {@code payment.holdMinutes}, 60 by default).
   */
  @PermitAll
  public StripeIntent stripeIntent(String number, String token) {
    ShopOrder order = hersLocked(number, token);
    if (!order.waitsForStripe()) {
      throw new BusinessRuleViolation("order.notAwaitingStripe");
    }
    StripeIntent intent = stripePayments.openIntent(order.number(), order.paymentMethod(), order.total(), order.email());
    order.holdAtLeastUntil(clock.instant().plus(java.time.Duration.ofMinutes(CoopSettings.number(em, "payment.holdMinutes", 60))));
    return intent;
  }

  /**
   * The shopper sends the slip of her transfer (the cooperative's QR or its bank account) for her
   * own order, or a guest for hers by its token, while it waits for the money. The order is
   * locked first (LockOrder: the order, then its slips).
   */
  @PermitAll
  public PaymentSlip sendSlip(String number, String token, byte[] file) {
    ShopOrder order = hersLocked(number, token);
    if (!order.waitsForTransfer()) {
      throw new BusinessRuleViolation("order.slip.notAwaitingTransfer").on("slip");
    }
    PaymentSlip slip = slips.keep(order.number(), order.total(), SlipFile.of(file));
    OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "slip " + slip.id() + " sent", actor());
    return slip;
  }

  /**
   * A treasurer found the slip's money on the statement: the order is paid (the same path as a
   * confirmed transfer, late money included) and the slip confirmed. If the order was paid already
   * (by card, or by another slip), the money is hers to have back: it goes into the bank and is owed
   * to her ({@link LedgerAccounts#MONEY_TO_RETURN}) until a treasurer returns it, and the answer says
   * so. LockOrder: the order, then the slip, then the ledger.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public SlipConfirmed confirmSlip(long slipId) {
    String number = slips.referenceOf(slipId);
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    PaymentSlip slip = slips.lockedWaiting(slipId);
    Money toReturn = Money.ZERO;
    if (!order.state().isPaid()) {
      confirmPayment(number, "slip " + slipId);
      slips.confirmed(slipId, actor());
    } else {
      toReturn = slip.amount();
      ledger.post(new JournalEntry(CoopTime.today(), "Paid twice " + number + ": slip " + slipId + ", to return", EntrySource.PAYMENT, number,
          "slip-paid-twice-" + slipId, null, actor(), List.of(PostingLine.debit(ledger.account(LedgerAccounts.BANK).id(), toReturn),
              PostingLine.credit(ledger.account(LedgerAccounts.MONEY_TO_RETURN).id(), toReturn))));
      OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "slip " + slipId + " confirmed: paid twice, " + toReturn + " to return", actor());
      slips.toReturn(slipId, actor());
    }
    return new SlipConfirmed(order, toReturn);
  }

  /** A slip confirmed, and what of its money is hers to have back (zero when it paid her order). */
  public record SlipConfirmed(ShopOrder order, Money toReturn) {}

  /** The slip does not match the statement: rejected with a reason she reads on her order page; she may send another. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ShopOrder rejectSlip(long slipId, String reason) {
    String number = slips.referenceOf(slipId);
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    slips.lockedWaiting(slipId);
    slips.rejected(slipId, reason, actor());
    OrderHistory.record(em, order, null, order.state().name(), order.state().name(), "slip " + slipId + " rejected", actor());
    return order;
  }

  /** Her own order (signed in), or a guest's by its token, locked (LockOrder); anyone else's is "not found". */
  private ShopOrder hersLocked(String number, String token) {
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    if (token != null) {
      return hersByToken(order, token);
    }
    if (!session.isCallerInRole(Roles.SHOPPER)) {
      throw new NotFound("order", number);
    }
    return hersSignedIn(order);
  }

  /** The PromptPay QR that pays this order to the cooperative, while it waits for a transfer. */
  @PermitAll
  public Optional<PromptPayQr> promptPayQr(ShopOrder order) {
    if (!order.waitsForTransfer()) {
      return Optional.empty();
    }
    return paymentSettings.qrFor(order.number(), order.total());
  }

  private List<OrderEvent> history(ShopOrder order) {
    List<Object[]> rows = em.createNativeQuery("SELECT from_state, to_state, note, actor, created_at, fulfilment_id FROM order_event WHERE order_id = ? ORDER BY id")
        .setParameter(1, order.id()).getResultList();
    List<OrderEvent> events = new ArrayList<>();
    rows.forEach(r -> events.add(new OrderEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3], ((Timestamp) r[4]).toInstant(), r[5] != null)));
    return events;
  }

  /** The idempotency key of an order's shipping-fee posting: posted once, reversed by it on refund. */
  private static String shippingKey(ShopOrder order) {
    return "order-shipping-" + order.number();
  }

  private void cancelUnpaid(ShopOrder order, String why, boolean lapsed, String by) {
    OrderState before = order.state();
    if (lapsed) {
      order.lapse();
    } else {
      order.cancel();
    }
    for (OrderLine line : inVariantOrder(order.lines())) {
      stock.release(line.variantId(), line.quantity(), "order " + order.number() + " " + why);
    }
    OrderHistory.record(em, order, null, before.name(), order.state().name(), why, by);
  }

  /** An order read to be shown (no lock), its parcels, their groups and its lines in the same read. */
  private ShopOrder shown(String number) {
    return em.createQuery("SELECT o FROM ShopOrder o WHERE o.number = :n", ShopOrder.class).setParameter("n", asTyped(number))
        .setHint("eclipselink.left-join-fetch", "o.fulfilments.group").setHint("eclipselink.left-join-fetch", "o.lines")
        .getResultStream().findFirst().orElseThrow(() -> new NotFound("order", number));
  }

  /** An order number as typed, or "not found" for none or one longer than any order number. */
  private static String asTyped(String number) {
    if (number == null || number.length() > 20) {
      throw new NotFound("order", String.valueOf(number));
    }
    return number.strip();
  }

  private ShopOrder byNumber(String number, LockModeType lock) {
    List<Long> found = em.createQuery("SELECT o.id FROM ShopOrder o WHERE o.number = :n", Long.class).setParameter("n", asTyped(number)).getResultList();
    if (found.isEmpty()) {
      throw new NotFound("order", number);
    }
    // The lock is taken by primary key (LockOrder 1), never through the order-number index: a
    // locking read there also locks the gap before the number, where a checkout that took an
    // earlier number while holding its variants is about to insert its order (a deadlock
    // MixedRaceIT caught). The number never changes, so reading the id first is safe.
    ShopOrder order = lock == LockModeType.NONE ? em.find(ShopOrder.class, found.get(0)) : em.find(ShopOrder.class, found.get(0), lock);
    if (order == null) {
      throw new NotFound("order", number);
    }
    return order;
  }

  private String actor() {
    Principal principal = session.getCallerPrincipal();
    return principal == null || "ANONYMOUS".equalsIgnoreCase(principal.getName()) ? "system" : principal.getName();
  }
}
