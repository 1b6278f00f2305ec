package coop.fairshare.shared;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFound extends BusinessRuleViolation {

  public NotFound(String what, Object id) {
    super("error.notFound", what, id);
  }
}
