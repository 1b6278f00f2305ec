package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** A shopper asked for more than is left; the message says how many are. */
@ApplicationException(rollback = true)
public class NotEnoughStock extends BusinessRuleViolation {

  public NotEnoughStock(long productId, int available) {
    super("stock.notEnough", available, productId);
  }
}
