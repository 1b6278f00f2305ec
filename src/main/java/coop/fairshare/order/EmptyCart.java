package coop.fairshare.order;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** Nothing to order. */
@ApplicationException(rollback = true)
public class EmptyCart extends BusinessRuleViolation {

  public EmptyCart() {
    super("cart.empty");
  }
}
