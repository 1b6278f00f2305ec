package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** A stock count below what is held for orders: those units are on the shelf until packed. */
@ApplicationException(rollback = true)
public class StockHeldForOrders extends BusinessRuleViolation {

  public StockHeldForOrders(Long variantId, int reserved) {
    super("stock.heldForOrders", reserved, variantId);
  }
}
