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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Runs are worked on the executor's workers only, never on the watch's timer thread: a run worked
 * there for minutes held up every timer of the instance (reservations lapsing, the outbox sweep).
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

  /**
   * The runs this instance has handed to a worker and not yet seen end: a run waiting for a worker
   * beats no heart and looks quiet, and is not handed over again (not business state: which
   * threads of this process hold which run).
   */
  private final Set<Long> handedOver = ConcurrentHashMap.newKeySet();

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

  /**
   * Starts working a run on a worker thread, unless this instance has it on one already; if none can
   * be had, the watch takes it up later.
   */
  public void launch(long runId) {
    if (!handedOver.add(runId)) {
      return;
    }
    try {
      executor.execute(() -> {
        try {
          work(runId);
        } finally {
          handedOver.remove(runId);
        }
      });
    } catch (RejectedExecutionException e) {
      handedOver.remove(runId);
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
        // quiet because it waits here for a worker: left to that worker, or to another instance's watch
        if (!handedOver.contains(runId) && heartbeats.takeOver(runTable, runId)) {
          LOG.info(() -> "resuming " + job + " " + runId + " from its checkpoint");
          launch(runId);
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
