package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import jakarta.ejb.ApplicationException;

/** A delivery address that cannot be right; it names the field at fault and the reason. */
@ApplicationException(rollback = true)
public class InvalidAddress extends BadInput {

  public InvalidAddress(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    on(field);
  }
}
