package coop.fairshare.ledger;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** A posting dated in a month the treasurers have closed. */
@ApplicationException(rollback = true)
public class PeriodClosed extends BusinessRuleViolation {

  public PeriodClosed(String period) {
    super("ledger.periodClosed", period);
  }
}
