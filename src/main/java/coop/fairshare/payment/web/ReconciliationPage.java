package coop.fairshare.payment.web;

import coop.fairshare.payment.Reconciliation;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The treasurer's reconciliation: Stripe's payments, fees, refunds and payouts against the ledger, and slips waiting. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ReconciliationPage {

  @EJB
  private Reconciliation reconciliation;

  private Reconciliation.Picture picture;

  public Reconciliation.Picture getPicture() {
    if (picture == null) {
      picture = reconciliation.now();
    }
    return picture;
  }
}
