package coop.fairshare.welfare.web;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.ClaimState;
import coop.fairshare.welfare.ClaimView;
import coop.fairshare.welfare.WelfareClaims;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The treasurers' work on claims: those waiting for a first approval, those waiting for a second
 * (each says whether this treasurer may give it), the approved claims waiting for money in the
 * order they will be paid, with what the fund holds, and the latest decided.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ClaimsDeskPage {

  @EJB
  private WelfareClaims claims;

  private List<ClaimView> waiting;
  private List<ClaimView> queue;
  private List<ClaimView> decided;
  private Money fund;

  public List<ClaimView> getWaitingFirst() {
    return waiting().stream().filter(c -> c.state() == ClaimState.WAITING_FIRST).toList();
  }

  public List<ClaimView> getWaitingSecond() {
    return waiting().stream().filter(c -> c.state() == ClaimState.WAITING_SECOND).toList();
  }

  public List<ClaimView> getQueue() {
    if (queue == null) {
      queue = claims.queue();
    }
    return queue;
  }

  public Money getQueueTotal() {
    return getQueue().stream().map(ClaimView::amount).reduce(Money.ZERO, Money::plus);
  }

  public List<ClaimView> getDecided() {
    if (decided == null) {
      decided = claims.decided(20);
    }
    return decided;
  }

  public Money getFund() {
    if (fund == null) {
      fund = claims.fundBalance();
    }
    return fund;
  }

  /** Whether the signed-in treasurer may give this claim its next approval. */
  public boolean mayApprove(ClaimView claim) {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return me != null && claim.approvableBy(me);
  }

  /** Pays the queue as far as the fund covers it now, rather than at the next minute's sweep. */
  public void payNow() {
    PageActions.call(() -> claims.payQueueNow()).ifPresent(paid -> Texts.info(null, "welfare.desk.paidNow", paid.size()));
    queue = null;
    fund = null;
  }

  private List<ClaimView> waiting() {
    if (waiting == null) {
      waiting = claims.waiting();
    }
    return waiting;
  }
}
