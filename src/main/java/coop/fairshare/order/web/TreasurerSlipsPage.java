package coop.fairshare.order.web;

import coop.fairshare.order.OrderState;
import coop.fairshare.order.Orders;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.PaymentSlips;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.Format;
import coop.fairshare.shared.web.KeptPage;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slips waiting for a treasurer: each beside the order it pays and the amount due, to be matched
 * with the bank statement and confirmed (the order is paid) or rejected with a reason the shopper reads.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/treasurer/slips.xhtml")
public class TreasurerSlipsPage implements KeptPage {

  /** The whole page shows only the slips waiting (shared/web/KeptPages); after a button it is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the waiting slips are kept under once drawn (shared/web/DataKey): each slip as read, with its state. */
  public String getShownKey() {
    return partKey.of(getWaiting(), getOrderStates());
  }

  /**
   * The state of each slip's order now. A slip may wait for an order paid since by card, or called
   * off by its shopper: the money on the statement may then have to go back, so the slip says so
   * before she confirms.
   */
  public Map<String, OrderState> getOrderStates() {
    if (orderStates == null) {
      orderStates = orders.statesOf(getWaiting().stream().map(PaymentSlip::reference).distinct().toList());
    }
    return orderStates;
  }

  /** Whether this slip's order no longer waits for a payment. */
  public boolean orderMoved(PaymentSlip slip) {
    OrderState state = getOrderStates().get(slip.reference());
    return state != null && state != OrderState.AWAITING_PAYMENT;
  }

  @EJB
  private PaymentSlips slips;

  @EJB
  private Orders orders;

  @Inject
  private Format fmt;

  private List<PaymentSlip> waiting;
  private Map<String, OrderState> orderStates;
  private final Map<Long, String> reasons = new HashMap<>();

  public List<PaymentSlip> getWaiting() {
    if (waiting == null) {
      // only orders' slips: a donor's slip waits on the welfare fund's donations page
      waiting = slips.waiting().stream().filter(s -> s.reference().startsWith(coop.fairshare.order.OrderNumbers.PREFIX)).toList();
    }
    return waiting;
  }

  public void confirm(long slipId) {
    PaymentSlip slip = slips.one(slipId).orElse(null);
    if (slip != null) {
      // paid already (by card, another slip): the money is recorded as hers to have back, and she is told which
      PageActions.call(() -> orders.confirmSlip(slipId)).ifPresent(done -> {
        if (done.toReturn().isPositive()) {
          Texts.info(null, "treasurer.slips.confirmedToReturn", slip.reference(), fmt.money(done.toReturn(), FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        } else {
          Texts.info(null, "treasurer.slips.confirmed", slip.reference());
        }
      });
    }
    forget();
  }

  public void reject(long slipId) {
    PaymentSlip slip = slips.one(slipId).orElse(null);
    if (slip == null) {
      forget();
      return;
    }
    // a refusal (no reason given) is shown beside that slip's own reason field, in its row
    int row = getWaiting().stream().map(PaymentSlip::id).toList().indexOf(slipId);
    try {
      orders.rejectSlip(slipId, reasons.get(slipId));
    } catch (BusinessRuleViolation e) {
      Texts.error(e.field().filter("reason"::equals).map(f -> "slips:waiting:" + row + ":reason").orElse(null), e.messageKey(), e.arguments());
      return;
    }
    Texts.info(null, "treasurer.slips.rejected", slip.reference());
    reasons.remove(slipId);
    forget();
  }

  /** After a button the page is drawn with the slips and their orders as they are now. */
  private void forget() {
    waiting = null;
    orderStates = null;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
