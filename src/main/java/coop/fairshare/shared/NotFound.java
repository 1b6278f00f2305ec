package coop.fairshare.shared;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFound extends BusinessRuleViolation {

  /** @param what the kind of thing, named by its key {@code thing.<what>} in the bundles */
  public NotFound(String what, Object id) {
    super("error.notFound", new TextKey("thing." + what), id);
  }
}
