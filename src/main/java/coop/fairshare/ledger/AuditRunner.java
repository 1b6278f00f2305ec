package coop.fairshare.ledger;

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
 * Works audit runs in the background, step after step until done (as the interest runs are
 * worked). Every instance also looks every 20 s for a run whose worker went quiet for a minute (its
 * app stopped or crashed) and takes it over from its checkpoint: one instance wins the claim.
 * Nothing of a run is kept in memory; its state is its row.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRunner {

  private static final Logger LOG = Logger.getLogger(AuditRunner.class.getName());

  @EJB
  private AuditSteps steps;

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
      LOG.log(Level.WARNING, "audit run {0} waits for the watch: no worker free", runId);
    }
  }

  void work(long runId) {
    try {
      while (!steps.step(runId).finished()) {
        // each step committed on its own
      }
    } catch (RuntimeException e) {
      // the database was busy or gone: the run stays RUNNING and the watch takes it up again
      LOG.log(Level.WARNING, "audit run " + runId + " stopped; it will be resumed", e);
    }
  }

  void resumeStalled() {
    try {
      for (long runId : steps.stalled()) {
        if (steps.claim(runId)) {
          LOG.info(() -> "resuming audit run " + runId + " from its checkpoint");
          work(runId);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "looking for stalled audit runs failed", e);
    }
  }
}
