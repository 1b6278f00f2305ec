package coop.fairshare.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. Only the moves listed here are legal: an unpaid order is paid or
 * cancelled; a paid one is packed, shipped, delivered, or refunded; cancelled and refunded are final.
 */
public enum OrderState {
  AWAITING_PAYMENT, PAID, IN_FULFILMENT, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

  public Set<OrderState> next() {
    return switch (this) {
      case AWAITING_PAYMENT -> EnumSet.of(PAID, CANCELLED);
      case PAID -> EnumSet.of(IN_FULFILMENT, SHIPPED, REFUNDED);
      case IN_FULFILMENT -> EnumSet.of(SHIPPED, REFUNDED);
      case SHIPPED -> EnumSet.of(DELIVERED, REFUNDED);
      case DELIVERED -> EnumSet.of(REFUNDED);
      case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderState.class);
    };
  }

  public boolean canBecome(OrderState target) {
    return next().contains(target);
  }

  /** Paid for and not given back. */
  public boolean isPaid() {
    return this == PAID || this == IN_FULFILMENT || this == SHIPPED || this == DELIVERED;
  }
}
