package coop.fairshare.ledger;

import coop.fairshare.shared.job.HeartbeatRunner;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Works audit runs in the background, step after step until done, and takes over one whose worker
 * went quiet (see {@link HeartbeatRunner}; the rows are {@code ledger_audit_run}); a treasurer's
 * {@link LedgerAudits#start} takes a quiet one over at once. Nothing an audit step does is refused
 * by a rule: a step that fails is taken up again.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRunner extends HeartbeatRunner {

  @EJB
  private AuditSteps steps;

  public AuditRunner() {
    super("audit run", "ledger_audit_run");
  }

  @Override
  protected boolean step(long runId) {
    return steps.step(runId).finished();
  }
}
