package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A member's own place in the fund as she reads it: since when she is in it, from when she may
 * claim, what a month costs, the months unpaid, and each payment she made with its receipt.
 */
public record MyWelfare(String memberNumber, LocalDate joinedOn, LocalDate firstEligibleDay, Money monthly, List<YearMonth> unpaid, List<Payment> payments)
    implements Serializable {

  /** One payment a treasurer took in from her. */
  public record Payment(LocalDate paidOn, String receiptNo, String method, Money amount, List<YearMonth> months) implements Serializable {

    public Payment {
      months = List.copyOf(months);
    }

    public String monthsText() {
      return months.size() == 1 ? months.get(0).toString() : months.get(0) + " – " + months.get(months.size() - 1) + " (" + months.size() + ")";
    }
  }

  public MyWelfare {
    unpaid = List.copyOf(unpaid);
    payments = List.copyOf(payments);
  }

  /** Whether she may claim on this day as far as her payments go (the scheme's most unpaid months). */
  public boolean inGoodStanding(int mostUnpaid) {
    return unpaid.size() <= mostUnpaid;
  }
}
