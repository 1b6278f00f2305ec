package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import jakarta.ejb.ApplicationException;

/** A delivery address that cannot be right; the key names the field and the reason. */
@ApplicationException(rollback = true)
public class InvalidAddress extends BadInput {

  private final String field;

  public InvalidAddress(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  /** The address field at fault, for putting the message beside it. */
  public String field() {
    return field;
  }
}
