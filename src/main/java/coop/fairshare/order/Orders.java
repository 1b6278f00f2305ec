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
import coop.fairshare.split.SaleSplit;
import coop.fairshare.split.SaleSplits;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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
    ShopOrder order = byNumber(number, LockModeType.NONE);
    if (!order.isOwnedBy(accounts.caller().id())) {
      throw new NotFound("order", number);
    }
    return order;
  }

  /** A guest's order, by the secret token from her confirmation link. */
  @PermitAll
  public ShopOrder byToken(String number, String token) {
    ShopOrder order = byNumber(number, LockModeType.NONE);
    if (token == null || !MessageDigest.isEqual(order.accessToken().getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
      throw new NotFound("order", number);
    }
    return order;
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ShopOrder any(String number) {
    return byNumber(number, LockModeType.NONE);
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<ShopOrder> awaitingPayment() {
    return em.createQuery("SELECT o FROM ShopOrder o WHERE o.state = :s ORDER BY o.placedAt", ShopOrder.class)
        .setParameter("s", OrderState.AWAITING_PAYMENT).setMaxResults(500).getResultList();
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
    applyPayment(order, reference, LedgerAccounts.BANK);
    return order;
  }

  /**
   * Applies a payment to a locked, unpaid order; the payments issue calls this for cards and
   * PromptPay. LockOrder: the order row (held), its variants by id, then the ledger in one batch.
   */
  void applyPayment(ShopOrder order, String reference, String receivedInto) {
    OrderState before = order.state();
    order.markPaid(reference, clock.instant());
    for (OrderLine line : inVariantOrder(order.lines())) {
      stock.sell(line.variantId(), line.quantity(), "order " + order.number());
    }
    List<JournalEntry> shipping = new ArrayList<>();
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
    cancelUnpaid(order, "cancelled");
    return order;
  }

  /**
   * Gives a paid order's money back: its ledger postings are reversed, and goods not yet shipped
   * go back on the shelf.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ShopOrder refund(String number, String reason) {
    ShopOrder order = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    OrderState before = order.state();
    List<Fulfilment> unshipped = order.fulfilments().stream().filter(f -> !f.state().hasShipped() && f.state() != FulfilmentState.CANCELLED).toList();
    order.refund();
    for (OrderLine line : inVariantOrder(unshipped.stream().flatMap(parcel -> parcel.lines().stream()).toList())) {
      stock.returnToShelf(line.variantId(), line.quantity(), "refund " + order.number());
    }
    String why = "Refund " + order.number() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
    List<Long> posted = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      splits.find(line.saleRef()).map(SaleSplit::postedEntryId).filter(id -> id != null).ifPresent(posted::add);
    }
    ledger.entryIdByKey(shippingKey(order)).ifPresent(posted::add);
    // one batch, so the ledger's balance rows are locked in one ascending sweep
    ledger.reverseAll(posted, why);
    OrderHistory.record(em, order, null, before.name(), order.state().name(), why, actor());
    mails.refunded(order, order.total(), reason, 1);
    return order;
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
    cancelUnpaid(order, "reservation lapsed");
    return true;
  }

  /** The bank account shoppers transfer to, as the treasurer set it. */
  @PermitAll
  public String bankAccount() {
    return CoopSettings.text(em, "payment.bankAccount").orElse("");
  }

  @PermitAll
  public List<OrderEvent> history(ShopOrder order) {
    List<Object[]> rows = em.createNativeQuery("SELECT from_state, to_state, note, actor, created_at, fulfilment_id FROM order_event WHERE order_id = ? ORDER BY id")
        .setParameter(1, order.id()).getResultList();
    List<OrderEvent> events = new ArrayList<>();
    rows.forEach(r -> events.add(new OrderEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3], ((Timestamp) r[4]).toInstant(), r[5] != null)));
    return events;
  }

  /** The stored split of each line, for the receipt. */
  @PermitAll
  public Optional<SaleSplit> splitOf(OrderLine line) {
    return splits.find(line.saleRef());
  }

  /** The idempotency key of an order's shipping-fee posting: posted once, reversed by it on refund. */
  private static String shippingKey(ShopOrder order) {
    return "order-shipping-" + order.number();
  }

  private void cancelUnpaid(ShopOrder order, String why) {
    OrderState before = order.state();
    order.cancel();
    for (OrderLine line : inVariantOrder(order.lines())) {
      stock.release(line.variantId(), line.quantity(), "order " + order.number() + " " + why);
    }
    OrderHistory.record(em, order, null, before.name(), order.state().name(), why, actor());
  }

  private ShopOrder byNumber(String number, LockModeType lock) {
    if (number == null || number.length() > 20) {
      throw new NotFound("order", String.valueOf(number));
    }
    List<Long> found = em.createQuery("SELECT o.id FROM ShopOrder o WHERE o.number = :n", Long.class).setParameter("n", number.strip()).getResultList();
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
