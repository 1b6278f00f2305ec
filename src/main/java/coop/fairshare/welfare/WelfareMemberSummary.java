package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A member as the treasurer's welfare desk shows her: who she is, and, once she is in the fund,
 * when she joined it, the months she paid and those unpaid before this month, and the first day a
 * benefit with the waiting period can be claimed.
 */
public record WelfareMemberSummary(
    String memberNumber,
    String nameTh,
    String nameEn,
    String groupCode,
    boolean active,
    LocalDate joinedNetworkOn,
    LocalDate joinedFundOn,
    List<YearMonth> paidMonths,
    List<YearMonth> unpaidMonths,
    LocalDate eligibleFrom,
    int mostUnpaidMonths,
    Money monthlyContribution) implements Serializable {

  public WelfareMemberSummary {
    paidMonths = List.copyOf(paidMonths);
    unpaidMonths = List.copyOf(unpaidMonths);
  }

  /** Her name as the page's language writes it (Thai when she has no English name). */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
  }

  public String paidText() {
    return paidMonths.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
  }

  public String unpaidText() {
    return unpaidMonths.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
  }

  public boolean inFund() {
    return joinedFundOn != null;
  }

  /** At most so many months unpaid before this month: she may claim (the waiting period apart). */
  public boolean inGoodStanding() {
    return inFund() && unpaidMonths.size() <= mostUnpaidMonths;
  }

  /** The month a payment would start from: her first unpaid month, else the one after her last paid, else her joining month. */
  public Optional<YearMonth> nextMonthDue() {
    if (!inFund()) {
      return Optional.empty();
    }
    if (!unpaidMonths.isEmpty()) {
      return Optional.of(unpaidMonths.get(0));
    }
    YearMonth joined = YearMonth.from(joinedFundOn);
    YearMonth next = paidMonths.isEmpty() ? joined : paidMonths.get(paidMonths.size() - 1).plusMonths(1);
    return Optional.of(next.isBefore(joined) ? joined : next);
  }
}
