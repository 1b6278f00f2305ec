package coop.fairshare.split;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;
import java.math.BigDecimal;

/** The fair-price guarantee: no rule may give the maker less than the floor an admin has set. */
@ApplicationException(rollback = true)
public class MakerShareBelowFloor extends BusinessRuleViolation {

  public MakerShareBelowFloor(int makerBp, int floorBp) {
    super("split.belowFloor", BigDecimal.valueOf(makerBp, 2), BigDecimal.valueOf(floorBp, 2));
  }
}
