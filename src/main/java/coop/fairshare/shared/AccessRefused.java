package coop.fairshare.shared;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but may not touch this data, e.g. another producer group's product. */
@ApplicationException(rollback = true)
public class AccessRefused extends BusinessRuleViolation {

  public AccessRefused(String what) {
    super("error.accessRefused", what);
  }
}
