package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.ledger.ManualEntries;
import coop.fairshare.ledger.ManualEntryProposal;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Manual entries under two-person control: the proposals waiting for a second treasurer, with
 * approve and reject, and the ones decided lately. The proposal a button acts on travels with the
 * button's own form, never as a row index, so a list changed by another treasurer meanwhile cannot
 * make a click land on the wrong proposal.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ManualEntriesPage {

  static final int RECENT = 20;
  static final String PROPOSAL = "proposal";

  @EJB
  private ManualEntries manualEntries;

  @EJB
  private Ledger ledger;

  private List<LedgerAccount> accounts;
  private Map<Long, LedgerAccount> accountsById;
  private List<ManualEntryProposal> waiting;
  private List<ManualEntryProposal> decided;
  private PhaseId readIn;

  /** The cooperative's own accounts, offered by code: a few dozen, however many members have accounts. */
  public List<LedgerAccount> getAccounts() {
    if (accounts == null) {
      accounts = ledger.ownAccounts();
    }
    return accounts;
  }

  public List<ManualEntryProposal> getWaiting() {
    forgetAfterAction();
    if (waiting == null) {
      waiting = manualEntries.waiting();
    }
    return waiting;
  }

  public List<ManualEntryProposal> getDecided() {
    forgetAfterAction();
    if (decided == null) {
      decided = manualEntries.recent(RECENT).stream().filter(p -> p.status() != ManualEntryProposal.Status.PROPOSED).toList();
    }
    return decided;
  }

  /** "1000 Cash and bank" in the page's language; a member's or group's account is read by its id. */
  public String accountLabel(long accountId) {
    if (accountsById == null) {
      accountsById = getAccounts().stream().collect(Collectors.toMap(LedgerAccount::id, Function.identity()));
    }
    LedgerAccount account = accountsById.computeIfAbsent(accountId, id -> ledger.accountById(id).orElse(null));
    return account == null ? String.valueOf(accountId) : account.code() + " " + account.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public boolean mine(ManualEntryProposal proposal) {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return me != null && me.equals(proposal.proposedBy());
  }

  public String moment(Instant instant) {
    return Dates.moment(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public void approve() {
    Optional<Long> id = chosen();
    if (id.isEmpty()) {
      Texts.error(null, "error.invalidInput");
      return;
    }
    PageActions.call(() -> manualEntries.approve(id.get()), "ledger.manual.notFound", String.valueOf(id.get()))
        .ifPresent(posted -> Texts.info(null, "ledger.manual.approved", String.valueOf(id.get()), String.valueOf(posted.id())));
    forget();
  }

  public void reject() {
    Optional<Long> id = chosen();
    if (id.isEmpty()) {
      Texts.error(null, "error.invalidInput");
      return;
    }
    if (PageActions.attempt(() -> manualEntries.reject(id.get()), "ledger.manual.notFound", String.valueOf(id.get()))) {
      Texts.info(null, "ledger.manual.rejected", String.valueOf(id.get()));
    }
    forget();
  }

  private void forget() {
    waiting = null;
    decided = null;
  }

  /**
   * A postback reads the lists once to decode the buttons in them; a proposal made or decided in
   * the same request must still show when the page is drawn, so each phase reads them afresh.
   */
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
      return Optional.empty();
    }
  }
}
