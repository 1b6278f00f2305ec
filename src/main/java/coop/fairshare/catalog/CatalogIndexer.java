package coop.fairshare.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * After the migrations, gives products that arrived by SQL (the demo data) their segmented search
 * words. Idempotent, so every instance of a cluster may run it.
 */
@Singleton
@Startup
@DependsOn("Database")
public class CatalogIndexer {

  private static final Logger LOG = Logger.getLogger(CatalogIndexer.class.getName());

  @PersistenceContext
  private EntityManager em;

  @PostConstruct
  void indexNewProducts() {
    List<Product> missing = em.createQuery("SELECT p FROM Product p WHERE p.searchText = ''", Product.class).getResultList();
    missing.forEach(Product::refreshSearchText);
    em.flush();
    if (!missing.isEmpty()) {
      LOG.info(() -> "Indexed the search words of " + missing.size() + " products");
    }
  }
}
