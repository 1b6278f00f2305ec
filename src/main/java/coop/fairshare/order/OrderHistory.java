package coop.fairshare.order;

import jakarta.persistence.EntityManager;

/** Writes a line of an order's history: which state it (or one parcel) moved from and to, who did it and why. */
final class OrderHistory {

  private OrderHistory() {}

  static void record(EntityManager em, ShopOrder order, Fulfilment parcel, String from, String to, String note, String actor) {
    em.createNativeQuery("INSERT INTO order_event (order_id, fulfilment_id, from_state, to_state, note, actor) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, order.id()).setParameter(2, parcel == null ? null : parcel.id()).setParameter(3, from).setParameter(4, to)
        .setParameter(5, note == null ? null : note.length() > 200 ? note.substring(0, 200) : note).setParameter(6, actor).executeUpdate();
  }
}
