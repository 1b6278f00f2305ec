package coop.fairshare.catalog;

import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo mode only: every product without a photo gets the shop's illustration, so the catalog looks
 * like a shop on the first start. Drawing and storing 146 pictures takes several seconds, so it
 * runs in the background once the application is up; a restart, or another instance starting at
 * the same time, stores none twice (see {@link ProductIllustrations}).
 */
@Singleton
@Startup
@DependsOn({"Database", "CatalogIndexer"})
public class DemoIllustrations {

  private static final Logger LOG = Logger.getLogger(DemoIllustrations.class.getName());

  @EJB
  private Database database;

  @EJB
  private ProductIllustrations illustrations;

  @Resource
  private ManagedExecutorService executor;

  @PostConstruct
  void illustrateDemoProducts() {
    if (!database.demoMode()) {
      return;
    }
    executor.execute(() -> {
      long start = System.nanoTime();
      try {
        int stored = illustrations.illustrateProductsWithoutPhotos();
        if (stored > 0) {
          long millis = (System.nanoTime() - start) / 1_000_000;
          LOG.info(() -> "Demo: drew and stored " + stored + " product illustrations in " + millis + " ms");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Demo: drawing the product illustrations failed; the next start tries again", e);
      }
    });
  }
}
