package coop.fairshare.welfare;

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
 * Every minute (the setting {@code fairshare.welfare.payoutSeconds}), on every instance: queued
 * claims are paid as far as the fund now covers them — the welfare share of the day's sales and
 * donations arrive without a treasurer in sight. Instances take turns at the welfare desk's row; a
 * paid claim is not queued any more, so running it twice pays once.
 */
@Singleton
@Startup
public class ClaimPayoutSweep {

  private static final Logger LOG = Logger.getLogger(ClaimPayoutSweep.class.getName());

  @EJB
  private ClaimPayouts payouts;

  @Resource
  private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "fairshare.welfare.payoutSeconds", defaultValue = "60")
  private int seconds;

  private ScheduledFuture<?> runs;

  @PostConstruct
  void schedule() {
    long every = Math.max(1, seconds);
    runs = scheduler.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (runs != null) {
      runs.cancel(false);
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    try {
      List<Long> paid = payouts.payQueue();
      if (!paid.isEmpty()) {
        LOG.info(() -> "paid queued welfare claims " + paid);
      }
    } catch (RuntimeException e) {
      // the next run tries again; a failure here must not stop the timer
      LOG.log(Level.WARNING, "paying the welfare queue failed", e);
    }
  }
}
