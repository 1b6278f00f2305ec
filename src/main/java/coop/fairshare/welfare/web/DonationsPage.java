package coop.fairshare.welfare.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.welfare.Donation;
import coop.fairshare.welfare.Donations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The treasurers' list of gifts received through the shop, newest first, with their receipts and totals. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class DonationsPage {

  @EJB
  private Donations donations;

  private List<Donation> received;
  private Donations.Totals totals;

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
