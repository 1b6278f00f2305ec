package coop.fairshare.savings.web;

import coop.fairshare.savings.SavingsAccount;
import coop.fairshare.savings.SavingsAccountView;
import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.savings.SavingsDesk;
import coop.fairshare.savings.WithdrawalProposal;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Withdrawals waiting for a second treasurer, with approve and reject. The proposer sees her own
 * too (marked), and her approval is refused by the desk, in words, on the page. The proposal a
 * button acts on travels in the button's own form, never as a row index.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsApprovalsPage {

  static final String PROPOSAL = "proposal";

  @EJB
  private SavingsDesk desk;

  @EJB
  private SavingsAccounts accounts;

  private List<WithdrawalProposal> waiting;
  private final Map<Long, SavingsAccountView> byAccount = new HashMap<>();
  private PhaseId readIn;

  public List<WithdrawalProposal> getWaiting() {
    forgetAfterAction();
    if (waiting == null) {
      waiting = desk.waiting();
    }
    return waiting;
  }

  /** The account a proposal takes money from, with its member and balance now. */
  public SavingsAccountView account(WithdrawalProposal p) {
    return byAccount.computeIfAbsent(p.accountId(), id -> accounts.account(SavingsAccount.numberOf(id)));
  }

  public String number(WithdrawalProposal p) {
    return SavingsAccount.numberOf(p.accountId());
  }

  public boolean mine(WithdrawalProposal p) {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return me != null && me.equals(p.proposedBy());
  }

  public void approve() {
    chosen().ifPresent(id -> PageActions.call(() -> desk.approve(id), "savings.page.proposalMissing", String.valueOf(id))
        .ifPresent(outcome -> Texts.info(null, "savings.page.approved", String.valueOf(id), outcome.paid().amount().negated())));
    forget();
  }

  public void reject() {
    chosen().ifPresent(id -> {
      if (PageActions.attempt(() -> desk.reject(id), "savings.page.proposalMissing", String.valueOf(id))) {
        Texts.info(null, "savings.page.rejected", String.valueOf(id));
      }
    });
    forget();
  }

  private void forget() {
    waiting = null;
    byAccount.clear();
  }

  private void forgetAfterAction() {
    PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
    if (now != readIn) {
      forget();
      readIn = now;
    }
  }

  private static Optional<Long> chosen() {
    String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PROPOSAL);
    try {
      return raw == null ? Optional.empty() : Optional.of(Long.valueOf(raw.strip()));
    } catch (NumberFormatException e) {
      Texts.error(null, "error.invalidInput");
      return Optional.empty();
    }
  }
}
