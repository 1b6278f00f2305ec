package coop.fairshare.shared.job;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rules every heartbeat job keeps, whatever its steps: worked step after step until finished, a
 * refusal ends it for its reason, a failure leaves it to the watch, a quiet run is taken over by
 * one instance only, and a run beating still by none.
 */
class HeartbeatRunnerTest {

  private static final Instant T = Instant.parse("2026-11-29T03:00:00Z");

  /** The run table in memory: each running run's heartbeat, on one clock, claimed as the SQL does. */
  static final class Heartbeats extends RunHeartbeats {
    final Map<Long, Instant> running = new TreeMap<>();
    Instant now = T;

    @Override
    public synchronized List<Long> quietRuns(String runTable) {
      return running.entrySet().stream().filter(r -> quiet(true, r.getValue(), now)).map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized boolean takeOver(String runTable, long runId) {
      if (!running.containsKey(runId) || !quiet(true, running.get(runId), now)) {
        return false;
      }
      running.put(runId, now);
      return true;
    }
  }

  /** A job whose steps are scripted: each step answers the next of its results, or throws it. */
  static final class ScriptedJob extends HeartbeatRunner {
    final List<Long> steps = new ArrayList<>();
    final List<String> refusedFor = new ArrayList<>();
    final List<Object> script;
    final boolean endsOnRefusal;

    /** Work handed to the workers and not yet taken up by one, when the workers are busy. */
    final List<Runnable> queued = new ArrayList<>();
    boolean workersBusy;

    ScriptedJob(Heartbeats heartbeats, boolean endsOnRefusal, Object... script) {
      super("test run", "test_run");
      this.heartbeats = heartbeats;
      // a worker thread is the caller's own here, so a launched run is worked before launch answers,
      // unless the workers are busy: then it waits in the queue until the test lets one free
      this.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class},
          (proxy, method, args) -> {
            if (!method.getName().equals("execute")) {
              throw new UnsupportedOperationException(method.getName());
            }
            if (workersBusy) {
              queued.add((Runnable) args[0]);
            } else {
              ((Runnable) args[0]).run();
            }
            return null;
          });
      this.endsOnRefusal = endsOnRefusal;
      this.script = new ArrayList<>(List.of(script));
    }

    @Override
    protected boolean step(long runId) {
      steps.add(runId);
      Object next = script.remove(0);
      if (next instanceof RuntimeException e) {
        throw e;
      }
      return (Boolean) next;
    }

    @Override
    protected void refused(long runId, BusinessRuleViolation refusal) {
      if (endsOnRefusal) {
        refusedFor.add(runId + " " + refusal.messageKey());
      } else {
        super.refused(runId, refusal);
      }
    }
  }

  @Test
  void aRunIsQuietOnlyWhileRunningAndOnceItsHeartbeatIsOlderThanAMinute() {
    assertThat(RunHeartbeats.quiet(true, T, T.plusSeconds(60))).as("a minute exactly").isFalse();
    assertThat(RunHeartbeats.quiet(true, T, T.plusSeconds(61))).isTrue();
    assertThat(RunHeartbeats.quiet(false, T, T.plusSeconds(3600))).as("a finished run is never taken over").isFalse();
    assertThat(RunHeartbeats.quiet(true, null, T.plusSeconds(3600))).as("no heartbeat read").isFalse();
    assertThat(RunHeartbeats.QUIET_AFTER.toSeconds()).as("well above a step's time and the watch's 20 s").isGreaterThan(2 * HeartbeatRunner.WATCH_SECONDS);
  }

  @Test
  void aLaunchedRunIsWorkedStepAfterStepUntilFinishedAndNoFurther() {
    ScriptedJob job = new ScriptedJob(new Heartbeats(), true, false, false, true, false);
    job.launch(7);
    assertThat(job.steps).containsExactly(7L, 7L, 7L);
  }

  @Test
  void aRuleRefusingAStepEndsTheRunForItsReasonHoweverDeepTheContainerWrappedIt() {
    BusinessRuleViolation closed = new BusinessRuleViolation("ledger.period.closed");
    ScriptedJob job = new ScriptedJob(new Heartbeats(), true, false, new EJBException(new RuntimeException(closed)), false);
    job.launch(7);
    assertThat(job.steps).as("not tried again").containsExactly(7L, 7L);
    assertThat(job.refusedFor).containsExactly("7 ledger.period.closed");
    assertThat(HeartbeatRunner.refusal(new EJBException("deadlock"))).isNull();
  }

  @Test
  void aFailingDatabaseLeavesTheRunRunningForTheWatch() {
    ScriptedJob job = new ScriptedJob(new Heartbeats(), true, false, new EJBException("connection lost"), true);
    job.launch(7);
    assertThat(job.steps).as("stopped at the failure").containsExactly(7L, 7L);
    assertThat(job.refusedFor).as("not failed: the watch resumes it").isEmpty();
  }

  @Test
  void aJobThatCannotEndARunLeavesARefusedOneRunningToo() {
    ScriptedJob job = new ScriptedJob(new Heartbeats(), false, new BusinessRuleViolation("some.rule"), true);
    job.launch(7);
    assertThat(job.steps).containsExactly(7L);
    assertThat(job.refusedFor).isEmpty();
  }

  @Test
  void theWatchTakesOverOnlyQuietRunsAndEveryInstancesWatchFiringAtOnceWorksEachOnce() {
    Heartbeats table = new Heartbeats();
    table.running.put(1L, T.minusSeconds(300));
    table.running.put(2L, T.minusSeconds(10));
    table.running.put(3L, T.minusSeconds(61));
    ScriptedJob first = new ScriptedJob(table, true, true, true, true, true);
    ScriptedJob second = new ScriptedJob(table, true, true, true, true, true);
    first.takeOverQuietRuns();
    second.takeOverQuietRuns();
    assertThat(first.steps).as("the quiet ones, from their checkpoints; the beating one is left to its worker").containsExactly(1L, 3L);
    assertThat(second.steps).as("claimed already: their hearts beat again").isEmpty();
    assertThat(table.running).containsEntry(1L, T).containsEntry(2L, T.minusSeconds(10)).containsEntry(3L, T);
  }

  @Test
  void aRunAskedForAgainIsTakenOverAtOnceOnlyWhenQuiet() {
    Heartbeats table = new Heartbeats();
    table.running.put(1L, T.minusSeconds(300));
    table.running.put(2L, T.minusSeconds(10));
    ScriptedJob job = new ScriptedJob(table, true, true, true);
    assertThat(job.takeOver(2)).as("its worker is alive").isFalse();
    assertThat(job.takeOver(1)).isTrue();
    assertThat(job.takeOver(1)).as("taken over already").isFalse();
    assertThat(job.steps).containsExactly(1L);
  }

  @Test
  void theWatchHandsARunItTakesOverToAWorkerAndNeverWorksItOnItsOwnThread() {
    Heartbeats table = new Heartbeats();
    table.running.put(1L, T.minusSeconds(300));
    ScriptedJob job = new ScriptedJob(table, true, false, true);
    job.workersBusy = true;
    job.takeOverQuietRuns();
    assertThat(job.steps).as("nothing worked on the timer's thread").isEmpty();
    assertThat(job.queued).hasSize(1);
    assertThat(table.running).as("claimed").containsEntry(1L, T);
    job.queued.remove(0).run();
    assertThat(job.steps).containsExactly(1L, 1L);
  }

  @Test
  void aRunWaitingHereForAWorkerIsNotHandedOverAgainButMayBeOnceItsWorkerIsDone() {
    Heartbeats table = new Heartbeats();
    table.running.put(1L, T.minusSeconds(300));
    ScriptedJob job = new ScriptedJob(table, true, true, true);
    job.workersBusy = true;
    job.launch(1);
    job.launch(1);
    assertThat(job.takeOver(1)).as("claimed, but already waiting here").isTrue();
    table.now = T.plusSeconds(300);
    job.takeOverQuietRuns();
    assertThat(job.queued).as("queued once however often it was asked for or looked quiet").hasSize(1);
    assertThat(table.running).as("left for another instance's watch to claim").containsEntry(1L, T);
    job.queued.remove(0).run();
    job.launch(1);
    assertThat(job.queued).as("its worker done, it can be handed over again").hasSize(1);
    assertThat(job.steps).containsExactly(1L);
  }
}
