package coop.fairshare.order;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * A producer group's parcels: the queue to pack, and packing, shipping and delivery of each. The
 * group comes from the caller's account; another group's parcel is refused.
 */
@Stateless
@RolesAllowed(Roles.PRODUCER)
public class Fulfilments {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Accounts accounts;

  @EJB
  private OrderMails mails;

  private final Clock clock = Clock.systemUTC();

  /** Parcels to pack or being packed, oldest order first; then those waiting for payment. */
  public List<Fulfilment> queue() {
    // each parcel's order, group and lines with it, not reads a parcel (the page shows them)
    return em.createQuery("SELECT f FROM Fulfilment f JOIN FETCH f.order o JOIN FETCH f.group WHERE f.group.id = :g AND f.state IN :open ORDER BY o.placedAt, f.id", Fulfilment.class)
        .setParameter("g", groupId()).setParameter("open", List.of(FulfilmentState.TO_PACK, FulfilmentState.PACKING, FulfilmentState.WAITING))
        .setHint("eclipselink.batch", "f.lines").setHint("eclipselink.batch.type", "IN").getResultList();
  }

  /** Parcels sent, newest first. */
  public List<Fulfilment> sent(int limit) {
    return em.createQuery("SELECT f FROM Fulfilment f JOIN FETCH f.order JOIN FETCH f.group WHERE f.group.id = :g AND f.state IN :sent ORDER BY f.shippedAt DESC, f.id DESC", Fulfilment.class)
        .setParameter("g", groupId()).setParameter("sent", List.of(FulfilmentState.SHIPPED, FulfilmentState.DELIVERED))
        .setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
  }

  public Fulfilment one(long fulfilmentId) {
    return own(fulfilmentId, LockModeType.NONE);
  }

  public Fulfilment startPacking(long fulfilmentId) {
    Fulfilment parcel = own(fulfilmentId, LockModeType.PESSIMISTIC_WRITE);
    FulfilmentState before = parcel.state();
    OrderState orderBefore = parcel.order().state();
    parcel.startPacking(clock.instant());
    history(parcel, before, orderBefore, "packing");
    return parcel;
  }

  public Fulfilment ship(long fulfilmentId, String carrier, String trackingNumber) {
    Fulfilment parcel = own(fulfilmentId, LockModeType.PESSIMISTIC_WRITE);
    FulfilmentState before = parcel.state();
    OrderState orderBefore = parcel.order().state();
    parcel.ship(carrier, trackingNumber, clock.instant());
    history(parcel, before, orderBefore, parcel.carrier().orElse("") + " " + parcel.trackingNumber().orElse(""));
    mails.shipped(parcel);
    return parcel;
  }

  public Fulfilment confirmDelivered(long fulfilmentId) {
    Fulfilment parcel = own(fulfilmentId, LockModeType.PESSIMISTIC_WRITE);
    FulfilmentState before = parcel.state();
    OrderState orderBefore = parcel.order().state();
    parcel.confirmDelivered(clock.instant());
    history(parcel, before, orderBefore, "delivered");
    return parcel;
  }

  private void history(Fulfilment parcel, FulfilmentState before, OrderState orderBefore, String note) {
    String actor = accounts.caller().username();
    OrderHistory.record(em, parcel.order(), parcel, before.name(), parcel.state().name(), parcel.group().code() + ": " + note, actor);
    if (parcel.order().state() != orderBefore) {
      OrderHistory.record(em, parcel.order(), null, orderBefore.name(), parcel.order().state().name(), null, actor);
    }
  }

  private Fulfilment own(long fulfilmentId, LockModeType lock) {
    List<?> owner = em.createNativeQuery("SELECT order_id, group_id FROM fulfilment WHERE id = ?").setParameter(1, fulfilmentId).getResultList();
    if (owner.isEmpty()) {
      throw new NotFound("fulfilment", fulfilmentId);
    }
    Object[] row = (Object[]) owner.get(0);
    if (((Number) row[1]).longValue() != groupId()) {
      throw new AccessRefused("fulfilment");
    }
    if (lock != LockModeType.NONE) {
      // the order row first, then the parcel: every path that changes an order locks in that order
      em.find(ShopOrder.class, ((Number) row[0]).longValue(), lock);
    }
    return em.find(Fulfilment.class, fulfilmentId, lock);
  }

  private long groupId() {
    CallerAccount caller = accounts.caller();
    if (caller.groupId() == null) {
      throw new AccessRefused("group");
    }
    return caller.groupId();
  }
}
