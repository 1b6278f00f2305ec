package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Named;
import jakarta.ejb.ApplicationException;

/** A shopper asked for more than is left; the message names the product and says how many are. */
@ApplicationException(rollback = true)
public class NotEnoughStock extends BusinessRuleViolation {

  private final long variantId;

  public NotEnoughStock(long variantId, int available, Named product) {
    super("stock.notEnough", available, product);
    this.variantId = variantId;
  }

  public long variantId() {
    return variantId;
  }
}
