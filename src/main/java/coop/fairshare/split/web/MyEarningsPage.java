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

  private String period = SalesPeriod.YEAR.name();
  private MemberEarnings.Mine mine;

  public MemberEarnings.Mine getMine() {
    if (mine == null) {
      LocalDate today = CoopTime.today();
      mine = earnings.mine(SalesPeriod.named(period).from(today), today);
    }
    return mine;
  }

  public List<SalesPeriod> getPeriods() {
    return List.of(SalesPeriod.values());
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
