package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import jakarta.ejb.ApplicationException;

/** A parcel cannot be marked shipped without a carrier and a tracking number the shopper can use. */
@ApplicationException(rollback = true)
public class InvalidShipment extends BadInput {

  public InvalidShipment(String messageKey) {
    super(messageKey);
  }
}
