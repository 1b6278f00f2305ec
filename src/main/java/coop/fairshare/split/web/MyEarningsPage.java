package coop.fairshare.split.web;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.split.MemberEarnings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** A member's "my earnings": what she earned from the sales of what she made, and what was paid to her, over a chosen period. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class MyEarningsPage {

  @EJB
  private MemberEarnings earnings;

  private String period = GroupSalesPage.Period.YEAR.name();
  private MemberEarnings.Mine mine;

  public MemberEarnings.Mine getMine() {
    if (mine == null) {
      LocalDate today = CoopTime.today();
      GroupSalesPage.Period chosen = List.of(GroupSalesPage.Period.values()).stream().filter(p -> p.name().equals(period)).findFirst().orElse(GroupSalesPage.Period.YEAR);
      LocalDate from = switch (chosen) {
        case MONTH -> today.withDayOfMonth(1);
        case QUARTER -> today.minusMonths(3).plusDays(1);
        case YEAR -> today.minusYears(1).plusDays(1);
        case ALL -> LocalDate.of(2000, 1, 1);
      };
      mine = earnings.mine(from, today);
    }
    return mine;
  }

  public List<GroupSalesPage.Period> getPeriods() {
    return List.of(GroupSalesPage.Period.values());
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
