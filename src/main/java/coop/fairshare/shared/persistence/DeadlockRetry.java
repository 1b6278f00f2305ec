package coop.fairshare.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a use case once more when MariaDB rolled its transaction back to break a deadlock (1213).
 * The services keep one lock order ({@link LockOrder}), so this is for the rare deadlock that
 * ordering cannot prevent (gap locks of concurrent inserts). Only at the boundary: inside a
 * transaction the rolled-back work cannot be redone, so there the failure is passed on.
 */
@RetriedOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class DeadlockRetry implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DeadlockRetry.class.getName());

  /** Whether the call runs inside a transaction (then the rolled-back work cannot be redone here). */
  private final transient java.util.function.BooleanSupplier inTransaction;

  public DeadlockRetry() {
    this(DeadlockRetry::insideTransaction);
  }

  DeadlockRetry(java.util.function.BooleanSupplier inTransaction) {
    this.inTransaction = inTransaction;
  }

  @AroundInvoke
  public Object retryOnce(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (Exception e) {
      if (!DatabaseTrouble.isDeadlock(e) || (inTransaction == null ? insideTransaction() : inTransaction.getAsBoolean())) {
        throw e;
      }
      LOG.info(() -> "deadlock victim, running " + call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName() + " once more");
      // a short random pause lets the transaction that won commit first
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 40));
      return call.proceed();
    }
  }

  private static boolean insideTransaction() {
    try {
      TransactionSynchronizationRegistry transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
      return transactions.getTransactionKey() != null;
    } catch (NamingException e) {
      return true; // cannot tell: do not run anything twice
    }
  }
}
