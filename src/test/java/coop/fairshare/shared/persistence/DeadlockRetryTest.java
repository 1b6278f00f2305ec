package coop.fairshare.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlockRetryTest {

  /** How EclipseLink and the EJB container hand MariaDB's 1213 to an entry point. */
  private static RuntimeException deadlock() {
    return new EJBException("posting failed", new RuntimeException("Exception [EclipseLink-4002]",
        new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
  }

  @Test
  void aDeadlockVictimAtTheEntryPointIsRunOnceMore() throws Exception {
    Call call = new Call(deadlock(), "placed");
    assertThat(new DeadlockRetry(() -> false).retryOnce(call)).isEqualTo("placed");
    assertThat(call.runs).isEqualTo(2);
  }

  @Test
  void aSecondDeadlockInARowIsPassedOnNotRunAThirdTime() {
    Call call = new Call(deadlock(), deadlock(), "never");
    assertThatThrownBy(() -> new DeadlockRetry(() -> false).retryOnce(call)).satisfies(e -> assertThat(DatabaseTrouble.isDeadlock(e)).isTrue());
    assertThat(call.runs).isEqualTo(2);
  }

  @Test
  void insideATransactionNothingIsRunTwice() {
    Call call = new Call(deadlock(), "never");
    assertThatThrownBy(() -> new DeadlockRetry(() -> true).retryOnce(call)).isInstanceOf(EJBException.class);
    assertThat(call.runs).isEqualTo(1);
  }

  @Test
  void anyOtherFailureIsPassedOnAtOnce() {
    Call call = new Call(new IllegalStateException("not a deadlock"), "never");
    assertThatThrownBy(() -> new DeadlockRetry(() -> false).retryOnce(call)).isInstanceOf(IllegalStateException.class);
    assertThat(call.runs).isEqualTo(1);
  }

  @Test
  void troubleIsReadHoweverDeeplyItIsWrapped() {
    assertThat(DatabaseTrouble.of(deadlock())).contains(DatabaseTrouble.DEADLOCK);
    assertThat(DatabaseTrouble.of(new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205)))).contains(DatabaseTrouble.LOCK_WAIT_TIMEOUT);
    assertThat(DatabaseTrouble.of(new EJBException(new SQLNonTransientConnectionException("Socket fail to connect", "08000")))).contains(DatabaseTrouble.UNAVAILABLE);
    SQLException batch = new SQLException("batch failed");
    batch.setNextException(new SQLException("deadlock", "40001", 1213));
    assertThat(DatabaseTrouble.of(batch)).contains(DatabaseTrouble.DEADLOCK);
    assertThat(DatabaseTrouble.of(new SQLException("Duplicate entry", "23000", 1062))).isEmpty();
    assertThat(DatabaseTrouble.of(new IllegalArgumentException("bad"))).isEmpty();
  }

  /** A use case that fails or answers, one outcome per run. */
  private static final class Call implements InvocationContext {
    private final Deque<Object> outcomes = new ArrayDeque<>();
    int runs;

    Call(Object... outcomes) {
      this.outcomes.addAll(java.util.List.of(outcomes));
    }

    @Override
    public Object proceed() throws Exception {
      runs++;
      Object next = outcomes.pop();
      if (next instanceof Exception e) {
        throw e;
      }
      return next;
    }

    @Override
    public Method getMethod() {
      try {
        return Object.class.getMethod("toString");
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Object getTarget() {
      return this;
    }

    @Override
    public Object getTimer() {
      return null;
    }

    @Override
    public Constructor<?> getConstructor() {
      return null;
    }

    @Override
    public Object[] getParameters() {
      return new Object[0];
    }

    @Override
    public void setParameters(Object[] params) {}

    @Override
    public Map<String, Object> getContextData() {
      return Map.of();
    }
  }
}
