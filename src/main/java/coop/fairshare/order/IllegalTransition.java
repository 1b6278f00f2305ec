package coop.fairshare.order;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.TextKey;
import jakarta.ejb.ApplicationException;

/** A move an order or a parcel cannot make from where it is (ship an unpaid order, pay a cancelled one). */
@ApplicationException(rollback = true)
public class IllegalTransition extends BusinessRuleViolation {

  public IllegalTransition(OrderState from, OrderState to) {
    super("order.illegalTransition", state("order", from), state("order", to));
  }

  public IllegalTransition(FulfilmentState from, FulfilmentState to) {
    super("order.illegalTransition", state("fulfilment", from), state("fulfilment", to));
  }

  /** A state's name from the bundles, so it reads in the user's language (not "AWAITING_PAYMENT"). */
  static TextKey state(String of, Enum<?> state) {
    return new TextKey(of + ".state." + state.name());
  }
}
