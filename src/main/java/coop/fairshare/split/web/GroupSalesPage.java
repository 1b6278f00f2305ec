package coop.fairshare.split.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.split.GroupEarnings;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

  @EJB
  private GroupEarnings earnings;

  /** The address she asked with: the page reads its period itself, so its key can be asked before Faces starts (shared/web/KeptPages). */
  @Inject
  private HttpServletRequest request;

  private SalesPeriod period;
  private GroupEarnings.Sales sales;

  /** What the group and each maker are owed now and were paid out in the chosen period. */
  public GroupEarnings.Payouts getPayouts() {
    return sales().payouts();
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the page's figures are kept under once drawn: the figures themselves and the period (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(sales(), period());
  }

  public GroupEarnings.Earnings getEarnings() {
    return sales().earnings();
  }

  private GroupEarnings.Sales sales() {
    if (sales == null) {
      LocalDate today = CoopTime.today();
      sales = earnings.mySales(period().from(today), today);
    }
    return sales;
  }

  public List<SalesPeriod> getPeriods() {
    return List.of(SalesPeriod.values());
  }

  /** The period shown, by name: the one the address names, else the year. */
  public String getPeriod() {
    return period().name();
  }

  private SalesPeriod period() {
    if (period == null) {
      period = SalesPeriod.named(request.getParameter("period"));
    }
    return period;
  }
}
