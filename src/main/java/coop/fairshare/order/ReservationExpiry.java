package coop.fairshare.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every instance: unpaid orders whose reservation lapsed are cancelled and their
 * stock goes back on sale. Instances do not coordinate; {@link Orders#cancelLapsed} skips rows
 * another instance holds, and a cancelled order is not selected again.
 */
@Singleton
public class ReservationExpiry {

  private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
  private static final int BATCH = 50;

  @EJB
  private Orders orders;

  // each batch is its own transaction, so one bad order does not hold back the others
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(minute = "*", hour = "*", persistent = false, info = "release lapsed reservations")
  public void releaseLapsed() {
    try {
      int cancelled;
      int rounds = 0;
      do {
        cancelled = orders.cancelLapsed(BATCH);
        if (cancelled > 0) {
          LOG.info(() -> "released the stock of lapsed unpaid orders");
        }
      } while (cancelled == BATCH && ++rounds < 20);
    } catch (RuntimeException e) {
      // the next minute tries again; a failure here must not stop the timer
      LOG.log(Level.WARNING, "releasing lapsed reservations failed", e);
    }
  }
}
