package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAudit;
import coop.fairshare.ledger.TrialBalance;
import coop.fairshare.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The trial balance, and the audit that proves the balance rows from the journal lines themselves. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class TrialBalancePage {

  @EJB
  private Ledger ledger;

  private TrialBalance trialBalance;
  private LedgerAudit.Findings audit;

  public TrialBalance getTrialBalance() {
    if (trialBalance == null) {
      trialBalance = ledger.trialBalanceSummary();
    }
    return trialBalance;
  }

  public LedgerAudit.Findings getAudit() {
    if (audit == null) {
      audit = ledger.audit();
    }
    return audit;
  }

  public Money getAuditDebits() {
    return Money.ofSatang(getAudit().totalDebits());
  }

  public Money getAuditCredits() {
    return Money.ofSatang(getAudit().totalCredits());
  }

  /**
   * The codes of the accounts whose balance rows disagree with their lines. The audit describes
   * each in an English sentence that starts with the code; the page says the rest in its own language.
   */
  public List<String> getAccountsOff() {
    return getAudit().accountsOff().stream().map(finding -> {
      int colon = finding.indexOf(':');
      return colon < 0 ? finding : finding.substring(0, colon);
    }).toList();
  }
}
