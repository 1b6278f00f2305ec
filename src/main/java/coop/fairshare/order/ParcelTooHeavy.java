package coop.fairshare.order;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** More than the heaviest parcel the shipping table prices: the shopper splits her order. */
@ApplicationException(rollback = true)
public class ParcelTooHeavy extends BusinessRuleViolation {

  public ParcelTooHeavy(int grams, int heaviestGrams) {
    super("order.parcelTooHeavy", grams / 1000, heaviestGrams / 1000);
  }
}
