package coop.fairshare.catalog;

import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Timestamp;
import java.util.List;

/**
 * The shelf: reservations at checkout and their release, with every change logged. A reservation
 * is one conditional UPDATE (stock - n WHERE stock >= n), so however many shoppers race for the
 * last units, the database lets exactly as many through as there are units, and stock never goes
 * below zero.
 */
@Stateless
public class Stock {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  /** Takes units off the shelf for a checkout (a guest's too); refused when fewer are left. */
  @PermitAll
  public int reserve(long productId, int quantity, String reference) {
    if (quantity <= 0 || quantity > 1000) {
      throw new IllegalArgumentException("a reservation is for 1 to 1000 units");
    }
    int taken = em.createNativeQuery("UPDATE product SET stock = stock - ?, version = version + 1 WHERE id = ? AND active = TRUE AND stock >= ?")
        .setParameter(1, quantity).setParameter(2, productId).setParameter(3, quantity).executeUpdate();
    if (taken == 0) {
      throw new NotEnoughStock(productId, available(productId));
    }
    return log(productId, StockMovementKind.RESERVED, -quantity, reference);
  }

  /** Puts reserved units back, e.g. when an unpaid reservation lapses. */
  @PermitAll
  public int release(long productId, int quantity, String reference) {
    if (quantity <= 0 || quantity > 1000) {
      throw new IllegalArgumentException("a release is for 1 to 1000 units");
    }
    int back = em.createNativeQuery("UPDATE product SET stock = stock + ?, version = version + 1 WHERE id = ?")
        .setParameter(1, quantity).setParameter(2, productId).executeUpdate();
    if (back == 0) {
      throw new NotFound("product", productId);
    }
    return log(productId, StockMovementKind.RELEASED, quantity, reference);
  }

  /** Records a change the caller has already made to the product row in this transaction. */
  @PermitAll
  public int logChange(long productId, StockMovementKind kind, int quantity, String reference) {
    return log(productId, kind, quantity, reference);
  }

  @RolesAllowed({Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN})
  public List<StockMovement> movements(long productId, int limit) {
    List<Object[]> rows = em.createNativeQuery("SELECT id, product_id, kind, quantity, stock_after, reference, created_by, created_at FROM stock_movement"
        + " WHERE product_id = ? ORDER BY id DESC LIMIT ?").setParameter(1, productId).setParameter(2, Math.max(1, Math.min(limit, 500))).getResultList();
    return rows.stream().map(r -> new StockMovement(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), StockMovementKind.valueOf((String) r[2]),
        ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (String) r[5], (String) r[6], ((Timestamp) r[7]).toInstant())).toList();
  }

  private int available(long productId) {
    List<?> stock = em.createNativeQuery("SELECT stock FROM product WHERE id = ? AND active = TRUE").setParameter(1, productId).getResultList();
    if (stock.isEmpty()) {
      throw new NotFound("product", productId);
    }
    return ((Number) stock.get(0)).intValue();
  }

  /** The row is locked by this transaction's update, so the stock read here is the stock after it. */
  private int log(long productId, StockMovementKind kind, int quantity, String reference) {
    if (reference == null || reference.isBlank() || reference.length() > 100) {
      throw new IllegalArgumentException("a stock movement needs a reference of 1 to 100 characters");
    }
    Object[] product = (Object[]) em.createNativeQuery("SELECT stock, group_id FROM product WHERE id = ? FOR UPDATE").setParameter(1, productId).getSingleResult();
    int after = ((Number) product[0]).intValue();
    em.createNativeQuery("INSERT INTO stock_movement (product_id, group_id, kind, quantity, stock_after, reference, created_by) VALUES (?,?,?,?,?,?,?)")
        .setParameter(1, productId).setParameter(2, ((Number) product[1]).longValue()).setParameter(3, kind.name()).setParameter(4, quantity)
        .setParameter(5, after).setParameter(6, reference).setParameter(7, caller()).executeUpdate();
    return after;
  }

  private String caller() {
    Principal principal = session.getCallerPrincipal();
    return principal == null || "ANONYMOUS".equalsIgnoreCase(principal.getName()) ? "guest" : principal.getName();
  }
}
