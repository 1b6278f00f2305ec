package coop.fairshare.ledger;

import coop.fairshare.shared.BusinessRuleViolation;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/** An accounting month (yyyy-MM), open or closed. */
public record LedgerPeriod(String period, boolean closed, String closedBy, Instant closedAt) implements Serializable {

  /**
   * Only a finished month of the ledger's calendar can be closed: not this month or a later one,
   * and not one before the ledger's first month (1990-01 would otherwise be made up and closed).
   */
  public static void requireClosable(YearMonth month, YearMonth firstMonth, YearMonth currentMonth) {
    if (!month.isBefore(currentMonth)) {
      throw new BusinessRuleViolation("ledger.closeFutureMonth", month.toString());
    }
    if (month.isBefore(firstMonth)) {
      throw new BusinessRuleViolation("ledger.beforeFirstMonth", month.toString(), firstMonth.toString());
    }
  }
}
