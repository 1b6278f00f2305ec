package coop.fairshare.split.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.split.GroupEarnings;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** A producer's "our sales": what the group and each maker earned, from the ledger, over a chosen period. */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/producer/sales.xhtml")
public class GroupSalesPage implements KeptPage {

  /** The whole page shows only the period's figures (shared/web/KeptPages). */
  @Override
  public String pageKey() {
    return getShownKey();
  }

  /** The periods a producer can look at. */
  public enum Period { MONTH, QUARTER, YEAR, ALL }

  @EJB
  private GroupEarnings earnings;

  private String period = Period.YEAR.name();
  private GroupEarnings.Sales sales;

  /** What the group and each maker are owed now and were paid out in the chosen period. */
  public GroupEarnings.Payouts getPayouts() {
    return sales().payouts();
  }

  /** The key the page's figures are kept under once drawn: the figures themselves and the period (shared/web/DataKey). */
  public String getShownKey() {
    return DataKey.of(sales(), period);
  }

  public GroupEarnings.Earnings getEarnings() {
    return sales().earnings();
  }

  private GroupEarnings.Sales sales() {
    if (sales == null) {
      LocalDate today = CoopTime.today();
      Period chosen = List.of(Period.values()).stream().filter(p -> p.name().equals(period)).findFirst().orElse(Period.YEAR);
      LocalDate from = switch (chosen) {
        case MONTH -> today.withDayOfMonth(1);
        case QUARTER -> today.minusMonths(3).plusDays(1);
        case YEAR -> today.minusYears(1).plusDays(1);
        case ALL -> LocalDate.of(2000, 1, 1);
      };
      sales = earnings.mySales(from, today);
    }
    return sales;
  }

  public List<Period> getPeriods() {
    return List.of(Period.values());
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
