package coop.fairshare.shared.job;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works a heartbeat job's runs in the background, step after step until done; an area's
 * {@code @Singleton @Startup} runner extends it and says how a step is taken (each step the area's
 * own short transaction, which moves the run's checkpoint and heartbeat together). Every instance
 * also looks every 20 s for a run whose worker went quiet ({@link RunHeartbeats#QUIET_AFTER}: its
 * app was stopped or crashed) and takes it over from its checkpoint; when every instance's watch
 * fires at once, one wins the claim. Nothing of a run is kept in memory: its state is its row.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class HeartbeatRunner {

  private static final Logger LOG = Logger.getLogger(HeartbeatRunner.class.getName());

  static final long WATCH_SECONDS = 20;

  @EJB
  RunHeartbeats heartbeats;

  @Resource
  ManagedExecutorService executor;

  @Resource
  private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> watch;

  private final String job;
  private final String runTable;

  /**
   * @param job what a run is called in the log, e.g. "interest run"
   * @param runTable the area's table of the runs, a row a run (see {@link RunHeartbeats} for what it must hold)
   */
  protected HeartbeatRunner(String job, String runTable) {
    this.job = job;
    this.runTable = runTable;
  }

  /**
   * Takes the run's next step in a transaction of its own (a REQUIRES_NEW method of the area's
   * bean); answers whether the run is finished (done, or no longer running).
   */
  protected abstract boolean step(long runId);

  /**
   * A rule of the cooperative refused a step: no use trying again if the area can end the run for
   * that reason. By default it stays running, and the watch takes it up again once it is quiet.
   */
  protected void refused(long runId, BusinessRuleViolation refusal) {
    LOG.log(Level.WARNING, job + " " + runId + " stopped; it will be resumed", refusal);
  }

  @PostConstruct
  void watchForQuietRuns() {
    watch = scheduler.scheduleWithFixedDelay(this::takeOverQuietRuns, WATCH_SECONDS, WATCH_SECONDS, TimeUnit.SECONDS);
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
      LOG.warning(() -> job + " " + runId + " waits for the watch: no worker free");
    }
  }

  /** The run running now, on any instance, if any. */
  public OptionalLong running() {
    return heartbeats.running(runTable);
  }

  /**
   * Takes over the run now if its worker has gone quiet (say a treasurer asks for it again), and
   * works it on a worker thread; answers whether this instance won it.
   */
  public boolean takeOver(long runId) {
    if (!heartbeats.takeOver(runTable, runId)) {
      return false;
    }
    launch(runId);
    return true;
  }

  void work(long runId) {
    try {
      while (!step(runId)) {
        // each step committed on its own
      }
    } catch (RuntimeException e) {
      BusinessRuleViolation refusal = refusal(e);
      if (refusal != null) {
        refused(runId, refusal);
      } else {
        // the database was busy or gone: the run stays RUNNING and the watch takes it up again
        LOG.log(Level.WARNING, job + " " + runId + " stopped; it will be resumed", e);
      }
    }
  }

  void takeOverQuietRuns() {
    try {
      for (long runId : heartbeats.quietRuns(runTable)) {
        if (heartbeats.takeOver(runTable, runId)) {
          LOG.info(() -> "resuming " + job + " " + runId + " from its checkpoint");
          work(runId);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "looking for quiet " + job + "s failed", e);
    }
  }

  /** The rule that refused, however deep the container wrapped it. */
  static BusinessRuleViolation refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessRuleViolation rule) {
        return rule;
      }
    }
    return null;
  }
}
