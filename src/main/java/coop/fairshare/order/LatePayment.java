package coop.fairshare.order;

/** What became of money that arrived after its order was called off; the shopper's page says which. */
public enum LatePayment {
  /** The stock was still there and was taken again: the order goes on as paid. */
  RESERVED_AGAIN,
  /** The stock was gone: the money went back to her, automatically. */
  REFUNDED,
  /** She (or a treasurer) had cancelled the order: the money went back to her, automatically. */
  CANCELLED_REFUNDED
}
