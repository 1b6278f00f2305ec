package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import jakarta.ejb.ApplicationException;

/** A cart change that breaks a limit (quantity 1–99, at most 30 lines): the cart stays as it was. */
@ApplicationException(rollback = true)
public class CartRefused extends BadInput {

  public CartRefused(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
