package coop.fairshare.order;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** A move an order or a parcel cannot make from where it is (ship an unpaid order, pay a cancelled one). */
@ApplicationException(rollback = true)
public class IllegalTransition extends BusinessRuleViolation {

  public IllegalTransition(String from, String to) {
    super("order.illegalTransition", from, to);
  }
}
