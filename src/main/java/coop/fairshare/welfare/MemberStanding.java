package coop.fairshare.welfare;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member as the fund sees her on an event date: when she was born, when she joined the fund, and
 * which months she has paid for.
 */
public record MemberStanding(LocalDate birthDate, LocalDate joinedFundOn, Set<YearMonth> paidMonths) implements Serializable {

  public MemberStanding {
    paidMonths = Set.copyOf(new TreeSet<>(paidMonths));
  }

  /** Full years in the fund on a day, counted from the day she joined (an anniversary counts that day). */
  public int fullYearsOn(LocalDate day) {
    return day.isBefore(joinedFundOn) ? 0 : Period.between(joinedFundOn, day).getYears();
  }

  /** Her age in full years on a day; unknown (-1) without a birth date. */
  public int ageOn(LocalDate day) {
    return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
  }

  /** The months from her joining month to the month before the event that she has not paid for. */
  public List<YearMonth> unpaidBefore(LocalDate event) {
    List<YearMonth> unpaid = new ArrayList<>();
    for (YearMonth m = YearMonth.from(joinedFundOn); m.isBefore(YearMonth.from(event)); m = m.plusMonths(1)) {
      if (!paidMonths.contains(m)) {
        unpaid.add(m);
      }
    }
    return unpaid;
  }
}
