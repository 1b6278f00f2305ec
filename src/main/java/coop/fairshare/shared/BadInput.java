package coop.fairshare.shared;

import jakarta.ejb.ApplicationException;

/**
 * What was typed or sent cannot be used (a postcode of another province, a negative quantity): a
 * refusal of the input itself, answered 400 by the API, rather than of a rule of the shop.
 */
@ApplicationException(rollback = true)
public class BadInput extends BusinessRuleViolation {

  public BadInput(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
