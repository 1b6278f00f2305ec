package coop.fairshare.savings;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.job.HeartbeatRunner;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Works interest runs in the background, step after step until done, and takes over one whose
 * worker went quiet (see {@link HeartbeatRunner}; the rows are {@code savings_interest_run}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterestRunner extends HeartbeatRunner {

  @EJB
  private InterestSteps steps;

  public InterestRunner() {
    super("interest run", "savings_interest_run");
  }

  /** A rule stopped it (its month was closed): no use trying again, the run failed for that reason. */
  @Override
  protected void refused(long runId, BusinessRuleViolation refusal) {
    steps.fail(runId, refusal.messageKey());
  }

  @Override
  protected boolean step(long runId) {
    return steps.step(runId).finished();
  }
}
