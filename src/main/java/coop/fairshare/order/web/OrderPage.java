package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.OrderEvent;
import coop.fairshare.order.OrderLine;
import coop.fairshare.order.OrderState;
import coop.fairshare.order.Orders;
import coop.fairshare.order.ShopOrder;
import coop.fairshare.order.DeliveryRules;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.split.SaleSplit;
import coop.fairshare.split.SplitAllocation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * One order and its receipt: state, parcels with tracking numbers, what each line cost and where
 * its money went. A shopper sees her own; a guest hers through the secret link; a treasurer any.
 * Anyone else gets "not found", whatever number they type.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class OrderPage {

  @EJB
  private Orders orders;

  @EJB
  private DeliveryRules delivery;

  @Inject
  private Language language;

  private String n;
  private String t;
  private ShopOrder order;
  private List<OrderEvent> history;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      if (t != null && !t.isBlank()) {
        order = orders.byToken(n, t);
      } else if (external.isUserInRole("SHOPPER")) {
        order = orders.mine(n);
      } else if (external.isUserInRole("TREASURER") || external.isUserInRole("ADMIN")) {
        order = orders.any(n);
      }
    } catch (NotFound e) {
      order = null;
    }
    if (order == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "order");
      faces.responseComplete();
    }
  }

  /**
   * The split this line was stored with at checkout; none outside a row (Faces asks once without
   * one, when it looks for forms before drawing the page).
   */
  public SplitAllocation splitOf(OrderLine line) {
    if (line == null) {
      return null;
    }
    return orders.splitOf(line).map(SaleSplit::allocation).orElse(null);
  }

  public List<OrderEvent> getHistory() {
    if (history == null) {
      history = orders.history(order);
    }
    return history;
  }

  public String getBankAccount() {
    return orders.bankAccount();
  }

  public String getProvinceName() {
    return delivery.province(order.provinceCode()).map(p -> p.name(language.getLocale())).orElse(order.provinceCode());
  }

  public boolean isCancellable() {
    return order.state() == OrderState.AWAITING_PAYMENT && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SHOPPER");
  }

  public void cancel() throws IOException {
    if (PageActions.attempt(() -> orders.cancel(n))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Texts.info(null, "order.cancelled", n);
      external.redirect(external.getRequestContextPath() + "/orders/order.xhtml?n=" + n);
    }
  }

  public ShopOrder getOrder() {
    return order;
  }

  public String getN() {
    return n;
  }

  public void setN(String n) {
    this.n = n;
  }

  public String getT() {
    return t;
  }

  public void setT(String t) {
    this.t = t;
  }
}
