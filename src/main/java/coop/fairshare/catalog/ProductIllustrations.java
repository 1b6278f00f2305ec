package coop.fairshare.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shop's own pictures for products that have no photo (the demo's products, see {@link
 * DemoIllustrations}): drawn by {@link ProductIllustration} and stored through the same pipeline
 * as a producer's upload ({@link PhotoUpload}: a re-encoded display JPEG and thumbnail under a
 * random key), marked as an illustration. Safe to run on several instances at once and again
 * after every restart: each product is stored in a transaction of its own that first locks the
 * product's row (as an upload does) and stores only while it has no photo, and the database keeps
 * at most one illustration per product. A job of the shop's own: no page or API calls it.
 */
@Stateless
@PermitAll
public class ProductIllustrations {

  private static final Logger LOG = Logger.getLogger(ProductIllustrations.class.getName());

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /**
   * Draws and stores one illustration for every product without a photo; the number stored.
   * Drawing happens outside any transaction, so no row is locked while a picture is drawn.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int illustrateProductsWithoutPhotos() {
    return illustrate(productsWithoutPhotos());
  }

  /** The products that have neither a photo nor an illustration yet, in the order they were added. */
  public List<Long> productsWithoutPhotos() {
    return em.createQuery("SELECT p.id FROM Product p WHERE NOT EXISTS (SELECT ph.id FROM ProductPhoto ph WHERE ph.productId = p.id) ORDER BY p.id",
        Long.class).getResultList();
  }

  /** The same for these products only: each that has no photo gets an illustration; the number stored. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int illustrate(Collection<Long> productIds) {
    ProductIllustrations self = session.getBusinessObject(ProductIllustrations.class);
    int stored = 0;
    for (long productId : productIds) {
      try {
        Product product = em.find(Product.class, productId);
        // another instance may have done this one meanwhile: no need to draw it (store checks again)
        if (product == null || hasPhotos(productId)) {
          continue;
        }
        if (self.store(productId, PhotoUpload.ofPicture(ProductIllustration.of(product).draw()))) {
          stored++;
        }
      } catch (RuntimeException e) {
        // one product's picture must not hold back the others'; it is tried again at the next start
        LOG.log(Level.WARNING, e, () -> "product " + productId + ": storing its illustration failed");
      }
    }
    return stored;
  }

  /** Stores a drawn picture as the product's illustration, unless it has a photo by now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean store(long productId, PhotoUpload drawn) {
    // the lock comes first: this transaction's reads then see what another instance committed before it
    Product product = em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
    if (product == null) {
      return false;
    }
    if (hasPhotos(productId)) {
      return false;
    }
    em.persist(ProductPhoto.illustration(product, drawn, clock.instant()));
    em.flush();
    return true;
  }

  private boolean hasPhotos(long productId) {
    return em.createQuery("SELECT COUNT(p) FROM ProductPhoto p WHERE p.productId = :product", Long.class).setParameter("product", productId).getSingleResult() > 0;
  }
}
