package coop.fairshare.catalog;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A producer group's own workspace: its products, active or not, and their stock. The group comes
 * from the caller's account, never from the request, and every change checks the product is hers.
 */
@Stateless
@RolesAllowed(Roles.PRODUCER)
public class GroupProducts {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Accounts accounts;

  @EJB
  private Stock stock;

  public List<Product> mine() {
    return em.createQuery("SELECT p FROM Product p WHERE p.group.id = :g ORDER BY p.sku", Product.class).setParameter("g", callerGroupId()).getResultList();
  }

  public Product one(long productId) {
    return own(productId, LockModeType.NONE);
  }

  /** A stock count of the group's shelf. */
  public Product countStock(long productId, int counted) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    int before = product.stock();
    product.countStock(counted);
    em.flush();
    stock.logChange(productId, StockMovementKind.ADJUSTED, counted - before, "stock count");
    return product;
  }

  public Product receiveStock(long productId, int quantity) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    product.receive(quantity);
    em.flush();
    stock.logChange(productId, StockMovementKind.RECEIVED, quantity, "goods received");
    return product;
  }

  /** The product's stock log, newest first: only for the group's own products. */
  public List<StockMovement> movements(long productId) {
    own(productId, LockModeType.NONE);
    return stock.movements(productId, 100);
  }

  public Product showInShop(long productId, boolean active) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    if (active) {
      product.activate();
    } else {
      product.deactivate();
    }
    return product;
  }

  private Product own(long productId, LockModeType lock) {
    Product product = em.find(Product.class, productId, lock);
    if (product == null) {
      throw new NotFound("product", productId);
    }
    if (!product.group().id().equals(callerGroupId())) {
      throw new AccessRefused("product");
    }
    return product;
  }

  private long callerGroupId() {
    CallerAccount caller = accounts.caller();
    if (caller.groupId() == null) {
      throw new AccessRefused("group");
    }
    return caller.groupId();
  }
}
