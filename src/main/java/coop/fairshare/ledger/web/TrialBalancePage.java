package coop.fairshare.ledger.web;

import coop.fairshare.ledger.AuditDifference;
import coop.fairshare.ledger.AuditRun;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAudits;
import coop.fairshare.ledger.TrialBalance;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.KeptPage;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The trial balance (the balance rows, one read per account), and what the latest audit run found,
 * with a button to start one. The page never audits: an audit reads the whole journal, so it is a
 * job of its own, and the page looks again every two seconds while one is going.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/treasurer/trial-balance.xhtml")
public class TrialBalancePage implements KeptPage {

  /** Differences listed on the page; the run counts them all. */
  static final int DIFFERENCES_SHOWN = 50;

  @EJB
  private Ledger ledger;

  @EJB
  private LedgerAudits audits;

  private TrialBalance trialBalance;
  private Optional<AuditRun> latest;
  private List<AuditDifference> differences;

  public TrialBalance getTrialBalance() {
    if (trialBalance == null) {
      trialBalance = ledger.trialBalanceSummary();
    }
    return trialBalance;
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /**
   * The key the page is kept under (shared/web/DataKey, shared/web/KeptPages): the balances, the
   * latest audit run as recorded (its progress grows while it runs), the differences it lists and
   * whether it stalled, which is the only figure that moves with the clock and is read now.
   */
  public String getShownKey() {
    return partKey.of(getTrialBalance(), getAudit(), differences(), isAuditStalled());
  }

  /** The whole page shows only the balances and the latest audit; after the button it is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }

  /** The latest audit run, running or done; null before the first. */
  public AuditRun getAudit() {
    if (latest == null) {
      latest = audits.latest();
    }
    return latest.orElse(null);
  }

  public List<AuditDifference> getAccountsOff() {
    return differences().stream().filter(AuditDifference::ofAccount).toList();
  }

  public List<AuditDifference> getEntriesOff() {
    return differences().stream().filter(d -> !d.ofAccount()).toList();
  }

  /** Whether some differences are not listed (the run found more than the page shows). */
  public boolean isMoreDifferences() {
    AuditRun run = getAudit();
    return run != null && run.accountsOff() + run.entriesOff() > differences().size();
  }

  /** Running but quiet for a minute (its instance stopped): the start button takes it over. */
  public boolean isAuditStalled() {
    AuditRun run = getAudit();
    return run != null && run.stalled(CoopTime.now());
  }

  public void start() {
    PageActions.call(audits::start).ifPresent(run -> Texts.info(null, run.running() ? "ledger.audit.started" : "ledger.audit.finishedAlready", String.valueOf(run.id())));
    latest = null;
    differences = null;
  }

  private List<AuditDifference> differences() {
    if (differences == null) {
      AuditRun run = getAudit();
      differences = run == null ? List.of() : audits.differences(run.id(), DIFFERENCES_SHOWN);
    }
    return differences;
  }
}
