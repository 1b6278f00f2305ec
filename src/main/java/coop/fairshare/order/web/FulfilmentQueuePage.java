package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Fulfilment;
import coop.fairshare.order.Fulfilments;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A producer group's parcels to pack and ship, and those already sent. */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/producer/orders.xhtml")
public class FulfilmentQueuePage implements KeptPage {

  /** The whole page shows only the parcels to pack and send and those sent (shared/web/KeptPages); after a button it is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }


  @EJB
  private Fulfilments fulfilments;

  private List<Fulfilment> queue;
  private List<Fulfilment> sent;
  private final Map<Long, String> carriers = new HashMap<>();
  private final Map<Long, String> trackingNumbers = new HashMap<>();

  public List<Fulfilment> getQueue() {
    if (queue == null) {
      queue = fulfilments.queue();
    }
    return queue;
  }

  public List<Fulfilment> getSent() {
    if (sent == null) {
      sent = fulfilments.sent(50);
    }
    return sent;
  }

  /**
   * The key the queue and the sent parcels are kept under once drawn (shared/web/DataKey): each
   * parcel and its order with their versions, which grow with every change. Only a fresh look is
   * kept: after a button the page shows what was typed and refused.
   */
  public String getShownKey() {
    StringBuilder shown = new StringBuilder();
    for (List<Fulfilment> parcels : List.of(getQueue(), getSent())) {
      for (Fulfilment parcel : parcels) {
        shown.append(parcel.id()).append('v').append(parcel.version()).append(':').append(parcel.state())
            .append(':').append(parcel.order().id()).append('v').append(parcel.order().version()).append(',');
      }
      shown.append('|');
    }
    return DataKey.of(shown);
  }

  public void startPacking(long id) {
    if (PageActions.attempt(() -> fulfilments.startPacking(id))) {
      Texts.info(null, "fulfilment.packing");
    }
    refresh();
  }

  /** Ships with the carrier and tracking number typed in that parcel's row; what was typed stays on a refusal. */
  public void ship(long id) {
    if (PageActions.attempt(() -> fulfilments.ship(id, carriers.get(id), trackingNumbers.get(id)))) {
      Texts.info(null, "fulfilment.shipped", trackingNumbers.get(id));
      carriers.remove(id);
      trackingNumbers.remove(id);
    }
    refresh();
  }

  public void delivered(long id) {
    if (PageActions.attempt(() -> fulfilments.confirmDelivered(id))) {
      Texts.info(null, "fulfilment.delivered");
    }
    refresh();
  }

  private void refresh() {
    queue = null;
    sent = null;
  }

  public Map<Long, String> getCarriers() {
    return carriers;
  }

  public Map<Long, String> getTrackingNumbers() {
    return trackingNumbers;
  }
}
