package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
import coop.fairshare.order.ShopOrder;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The treasurer's orders: bank transfers to confirm against the statement, cancellations and refunds. */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/treasurer/orders.xhtml")
public class TreasurerOrdersPage implements KeptPage {

  /** The whole page shows only the orders awaiting payment and the recent ones (shared/web/KeptPages); after a button it is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }


  @EJB
  private Orders orders;

  private Orders.AwaitingOrders awaiting;
  private List<ShopOrder> recent;
  private final Map<String, String> references = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();

  public List<ShopOrder> getAwaiting() {
    return awaiting().orders();
  }

  /** Whether older orders await payment than the list shows (it shows the newest). */
  public boolean isOlderNotShown() {
    return awaiting().olderNotShown();
  }

  public int getAwaitingShown() {
    return Orders.AWAITING_SHOWN;
  }

  private Orders.AwaitingOrders awaiting() {
    if (awaiting == null) {
      awaiting = orders.awaitingPayment();
    }
    return awaiting;
  }

  public List<ShopOrder> getRecent() {
    if (recent == null) {
      recent = orders.recent(50);
    }
    return recent;
  }

  /**
   * The key the two lists are kept under once drawn (shared/web/DataKey): each order with its version,
   * which grows with every change to it. Only a fresh look is kept: after a button the page shows what
   * was typed and refused.
   */
  public String getShownKey() {
    StringBuilder shown = new StringBuilder();
    for (List<ShopOrder> listed : List.of(getAwaiting(), getRecent())) {
      for (ShopOrder order : listed) {
        shown.append(order.id()).append('v').append(order.version()).append(':').append(order.state()).append(',');
      }
      shown.append('|');
    }
    return DataKey.of(shown, isOlderNotShown());
  }

  /** The transfer is on the bank statement: the order is paid and its splits are posted. */
  public void confirm(String number) {
    if (PageActions.attempt(() -> orders.confirmPayment(number, references.get(number)))) {
      Texts.info(null, "treasurer.orders.confirmed", number);
      references.remove(number);
    }
    refresh();
  }

  public void cancel(String number) {
    if (PageActions.attempt(() -> orders.cancel(number))) {
      Texts.info(null, "order.cancelled", number);
    }
    refresh();
  }

  public void refund(String number) {
    if (PageActions.attempt(() -> orders.refund(number, reasons.get(number)))) {
      Texts.info(null, "treasurer.orders.refunded", number);
    }
    refresh();
  }

  private void refresh() {
    awaiting = null;
    recent = null;
  }

  public Map<String, String> getReferences() {
    return references;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
