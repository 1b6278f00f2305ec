package coop.fairshare.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * A group's parcel of an order: waiting while the order is unpaid, then to pack, packing, shipped
 * (with a tracking number), delivered; cancelled when the order is.
 */
public enum FulfilmentState {
  WAITING, TO_PACK, PACKING, SHIPPED, DELIVERED, CANCELLED;

  public Set<FulfilmentState> next() {
    return switch (this) {
      case WAITING -> EnumSet.of(TO_PACK, CANCELLED);
      case TO_PACK -> EnumSet.of(PACKING, SHIPPED, CANCELLED);
      case PACKING -> EnumSet.of(SHIPPED, CANCELLED);
      case SHIPPED -> EnumSet.of(DELIVERED);
      case DELIVERED, CANCELLED -> EnumSet.noneOf(FulfilmentState.class);
    };
  }

  public boolean canBecome(FulfilmentState target) {
    return next().contains(target);
  }

  /** Has left the group's hands. */
  public boolean hasShipped() {
    return this == SHIPPED || this == DELIVERED;
  }
}
