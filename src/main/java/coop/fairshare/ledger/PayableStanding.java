package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where one maker's or group's payable account stands: owed for sales up to a day, owed now and
 * since when (the oldest sale not yet paid), paid out in a period and how many days, on average,
 * its money took from sale to payout then.
 */
public record PayableStanding(LedgerAccount account, OwnedAccount purpose, Money owedUpTo, Money owedNow, LocalDate oldestUnpaid, Money paidInPeriod,
    Long averageDaysToPayout) implements Serializable {

  /** Days the oldest unpaid sale has waited by this day; 0 when nothing is owed. */
  public long daysOwed(LocalDate today) {
    return oldestUnpaid == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(oldestUnpaid, today));
  }
}
