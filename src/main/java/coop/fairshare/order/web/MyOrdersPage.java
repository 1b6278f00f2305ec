package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
import coop.fairshare.order.ShopOrder;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** A shopper's order history. */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/account/orders.xhtml")
public class MyOrdersPage implements KeptPage {

  /** The whole page shows only her orders (shared/web/KeptPages). */
  @Override
  public String pageKey() {
    return getShownKey();
  }

  @EJB
  private Orders orders;

  private List<ShopOrder> mine;

  public List<ShopOrder> getMine() {
    if (mine == null) {
      mine = orders.mine();
    }
    return mine;
  }

  /** The key the list is kept under once drawn (shared/web/DataKey): each order with its version, which grows with every change. */
  public String getShownKey() {
    StringBuilder shown = new StringBuilder();
    getMine().forEach(order -> shown.append(order.id()).append('v').append(order.version()).append(','));
    return DataKey.of(shown);
  }
}
