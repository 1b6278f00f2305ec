package coop.fairshare.welfare;

import coop.fairshare.ledger.MonthEndBalance;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.List;

/**
 * The treasurers' report on the fund: its balance now and at each month's end over the last year,
 * the money in by source over the period, its claims, the members behind by group, and how many
 * months of payouts it covers.
 */
public record FundReport(Money balance, List<MonthEndBalance> monthEnds, ReportPeriod period, MoneyIn moneyIn, ClaimTally claims, List<GroupArrears> arrears,
    FundCover cover) implements Serializable {

  public FundReport {
    monthEnds = List.copyOf(monthEnds);
    arrears = List.copyOf(arrears);
  }
}
