package coop.fairshare.savings;

import coop.fairshare.shared.job.HeartbeatRunner;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Works savings counts in the background, step after step until done, and takes over one whose
 * worker went quiet (see {@link HeartbeatRunner}; the rows are {@code savings_count_run}); a
 * treasurer's {@link SavingsCounts#start} takes a quiet one over at once. Nothing a count does is
 * refused by a rule: a step that fails is taken up again.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SavingsCountRunner extends HeartbeatRunner {

  @EJB
  private SavingsCountSteps steps;

  public SavingsCountRunner() {
    super("savings count", "savings_count_run");
  }

  @Override
  protected boolean step(long runId) {
    if (!steps.step(runId)) {
      return false;
    }
    // done: the counts before it are no longer shown, so their kept totals go, a share at a time
    while (steps.pruneBefore(runId) > 0) {
      // each share deleted in a transaction of its own
    }
    return true;
  }
}
