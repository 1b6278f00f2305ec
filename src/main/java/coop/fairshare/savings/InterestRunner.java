package coop.fairshare.savings;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works interest runs in the background, step after step until done. Every instance also looks
 * every 20 s for a run whose worker went quiet for a minute (the app was stopped or crashed) and
 * takes it over from its checkpoint: one instance wins the claim. Nothing of a run is kept in
 * memory; its state is its row.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterestRunner {

  private static final Logger LOG = Logger.getLogger(InterestRunner.class.getName());

  @EJB
  private InterestSteps steps;

  @Resource
  private ManagedExecutorService executor;

  @Resource
  private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> watch;

  @PostConstruct
  void watchForStalledRuns() {
    watch = scheduler.scheduleWithFixedDelay(this::resumeStalled, 20, 20, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (watch != null) {
      watch.cancel(false);
    }
  }

  /** Starts working a run on a worker thread; if none can be had, the watch takes it up later. */
  public void launch(long runId) {
    try {
      executor.execute(() -> work(runId));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "interest run {0} waits for the watch: no worker free", runId);
    }
  }

  void work(long runId) {
    try {
      while (!steps.step(runId).finished()) {
        // each step committed on its own
      }
    } catch (RuntimeException e) {
      BusinessRuleViolation refused = refusal(e);
      if (refused != null) {
        // a rule stopped it (its month was closed): no use trying again
        steps.fail(runId, refused.messageKey());
      } else {
        // the database was busy or gone: the run stays RUNNING and the watch takes it up again
        LOG.log(Level.WARNING, "interest run " + runId + " stopped; it will be resumed", e);
      }
    }
  }

  void resumeStalled() {
    try {
      for (long runId : steps.stalled()) {
        if (steps.claim(runId)) {
          LOG.info(() -> "resuming interest run " + runId + " from its checkpoint");
          work(runId);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "looking for stalled interest runs failed", e);
    }
  }

  private static BusinessRuleViolation refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessRuleViolation rule) {
        return rule;
      }
    }
    return null;
  }
}
