package coop.fairshare.order;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute (the setting {@code fairshare.expiry.seconds}), on every instance: unpaid orders
 * whose reservation lapsed are cancelled and their stock goes back on sale. Each order is released
 * in a transaction of its own, so one that fails (logged with its number) holds back none of the
 * others. Instances do not coordinate; {@link Orders#releaseLapsed} skips rows another instance
 * holds, and a cancelled order is not selected again. Run by the container's scheduled executor,
 * not an EJB timer: Payara Micro's timer service needs its data grid, which a single instance
 * switches off.
 */
@Singleton
@Startup
public class ReservationExpiry {

  private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
  private static final int BATCH = 50;
  private static final int MOST_PER_RUN = 2000;

  @EJB
  private Orders orders;

  @Resource
  private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "fairshare.expiry.seconds", defaultValue = "60")
  private int seconds;

  private ScheduledFuture<?> runs;

  @PostConstruct
  void schedule() {
    long every = Math.max(1, seconds);
    // one run after another, never two at once on this instance
    runs = scheduler.scheduleWithFixedDelay(this::releaseLapsed, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (runs != null) {
      runs.cancel(false);
    }
  }

  /** One run of the timer; the number of orders it cancelled. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int releaseLapsed() {
    int cancelled = 0;
    int seen = 0;
    long after = 0;
    try {
      List<Orders.LapsedOrder> page;
      do {
        page = orders.lapsedAfter(after, BATCH);
        for (Orders.LapsedOrder lapsed : page) {
          after = lapsed.id();
          seen++;
          if (releaseOne(lapsed)) {
            cancelled++;
          }
        }
      } while (page.size() == BATCH && seen < MOST_PER_RUN);
    } catch (RuntimeException e) {
      // the next minute tries again; a failure here must not stop the timer
      LOG.log(Level.WARNING, "listing lapsed reservations failed", e);
    }
    if (cancelled > 0) {
      int count = cancelled;
      LOG.info(() -> "released the stock of " + count + " lapsed unpaid orders");
    }
    return cancelled;
  }

  private boolean releaseOne(Orders.LapsedOrder lapsed) {
    try {
      // a call through the container: the order's own transaction (this bean runs without one)
      return orders.releaseLapsed(lapsed.id());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "order " + lapsed.number() + ": releasing its lapsed reservation failed; skipped until the next run");
      return false;
    }
  }
}
