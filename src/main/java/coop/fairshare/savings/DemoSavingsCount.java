package coop.fairshare.savings;

import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Demo mode only: the demo starts with one finished savings count, so the totals page has figures
 * at once. It counts after the demo's savings and sales are committed (its own transactions, the
 * worker's steps, taken here one after another), once: any count existing means it ran.
 */
@Singleton
@Startup
@DependsOn({"Database", "DemoSavings", "DemoSales"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSavingsCount {

  private static final Logger LOG = Logger.getLogger(DemoSavingsCount.class.getName());

  @EJB
  private Database database;

  @EJB
  private SavingsCountSteps steps;

  @PostConstruct
  void countTheDemoSavings() {
    if (!database.demoMode() || steps.anyCount()) {
      return;
    }
    OptionalLong run = steps.create(DemoSavings.BY);
    if (run.isEmpty()) {
      // another instance starting together is counting
      return;
    }
    int taken = 1;
    while (!steps.step(run.getAsLong())) {
      taken++;
    }
    int count = taken;
    LOG.info(() -> "Demo: the savings counted in " + count + " steps");
  }
}
