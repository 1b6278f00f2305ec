package coop.fairshare.welfare.web;

import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.Donation;
import coop.fairshare.welfare.Donations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The treasurers' page of gifts through the shop: donors' slips to match with the statement
 * (confirm, or reject with a reason), and the gifts received, newest first, with their receipts and totals.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class DonationsPage {

  @EJB
  private Donations donations;

  private List<Donation> received;
  private Donations.Totals totals;
  private List<PaymentSlip> waitingSlips;
  private final Map<Long, String> reasons = new HashMap<>();

  /** The donors' slips of transfers to the cooperative's QR, for a treasurer to match with the statement. */
  public List<PaymentSlip> getWaitingSlips() {
    if (waitingSlips == null) {
      waitingSlips = donations.waitingSlips();
    }
    return waitingSlips;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  /** The slip's money is on the statement: the gift is received, with its receipt number. */
  public void confirm(long slipId) {
    PageActions.call(() -> donations.confirmSlip(slipId)).ifPresent(d -> Texts.info(null, "donations.slip.confirmed", d.reference(), d.receiptNo().orElse("")));
    refresh();
  }

  /** The slip does not match: rejected with the reason typed beside it, which the donor reads. */
  public void reject(long slipId) {
    int row = getWaitingSlips().stream().map(PaymentSlip::id).toList().indexOf(slipId);
    try {
      Donation d = donations.rejectSlip(slipId, reasons.get(slipId));
      Texts.info(null, "donations.slip.rejected", d.reference());
    } catch (BusinessRuleViolation e) {
      Texts.error(e.field().filter("reason"::equals).map(f -> "slips:waiting:" + row + ":reason").orElse(null), e.messageKey(), e.arguments());
      return;
    }
    reasons.remove(slipId);
    refresh();
  }

  private void refresh() {
    waitingSlips = null;
    received = null;
    totals = null;
  }

  public List<Donation> getReceived() {
    if (received == null) {
      received = donations.received(200);
    }
    return received;
  }

  public Donations.Totals getTotals() {
    if (totals == null) {
      totals = donations.totals();
    }
    return totals;
  }
}
