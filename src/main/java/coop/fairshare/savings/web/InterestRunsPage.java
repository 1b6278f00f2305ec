package coop.fairshare.savings.web;

import coop.fairshare.savings.InterestRun;
import coop.fairshare.savings.InterestRuns;
import coop.fairshare.savings.SavingsProduct;
import coop.fairshare.savings.SavingsProducts;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Interest runs for treasurers: start one for a product and an ended period, and follow it (the page
 * looks again every two seconds while a run is going).
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class InterestRunsPage {

  @EJB
  private InterestRuns runs;

  @EJB
  private SavingsProducts products;

  private Long productId;
  private String period = CoopTime.thisMonth().minusMonths(1).toString();
  private List<InterestRun> recent;
  private Map<Long, SavingsProduct> byId;

  /** Products that pay interest (savings from sales pay none). */
  public List<SavingsProduct> getProducts() {
    return productsById().values().stream().filter(p -> !p.isFromSales()).toList();
  }

  public List<InterestRun> getRuns() {
    if (recent == null) {
      recent = runs.recent(20);
    }
    return recent;
  }

  public boolean isAnyRunning() {
    return getRuns().stream().anyMatch(r -> r.state() == InterestRun.State.RUNNING);
  }

  public String productName(long id, Locale locale) {
    SavingsProduct p = productsById().get(id);
    return p == null ? String.valueOf(id) : p.name(locale);
  }

  public String failure(InterestRun run) {
    return run.failure() == null ? "" : Texts.text(run.failure(), run.period());
  }

  public void start() {
    Long chosen = productId;
    String typed = period;
    PageActions.call(() -> runs.start(chosen == null ? 0L : chosen, typed), Map.of("productId", "start:product", "period", "start:period"))
        .ifPresent(id -> Texts.info(null, "savings.interest.started", String.valueOf(id)));
    recent = null;
  }

  private Map<Long, SavingsProduct> productsById() {
    if (byId == null) {
      byId = products.products().stream().collect(Collectors.toMap(SavingsProduct::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
    return byId;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
