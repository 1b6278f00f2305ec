package coop.fairshare.catalog;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Named;
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
 * The shelves: reservations at checkout, sales, releases and returns, with every change logged.
 * A reservation is one conditional UPDATE (reserved + n WHERE stock - reserved >= n), so however
 * many shoppers race for the last units the database lets exactly as many through as there are
 * units, and what is for sale never goes below zero. Reserved units stay on the shelf until the
 * order is paid; then they are sold (shelf and reservation both go down). Rows are locked as
 * {@link coop.fairshare.shared.persistence.LockOrder} says: the variant for update, its product
 * only in share mode.
 */
@Stateless
public class Stock {

  static final int MAX_UNITS = 1000;

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  /** Holds units for a checkout (a guest's too); refused when fewer are for sale. */
  @PermitAll
  public StockMovement reserve(long variantId, int quantity, String reference) {
    requireUnits(quantity);
    int taken = em.createNativeQuery("UPDATE product_variant v JOIN product p ON p.id = v.product_id SET v.reserved = v.reserved + ?, v.version = v.version + 1"
        + " WHERE v.id = ? AND v.active = TRUE AND p.active = TRUE AND v.stock - v.reserved >= ?")
        .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, quantity).executeUpdate();
    if (taken == 0) {
      throw notEnough(variantId);
    }
    return log(variantId, StockMovementKind.RESERVED, 0, quantity, reference);
  }

  /** Gives held units back to the shop, e.g. when an unpaid order lapses or is cancelled. */
  @PermitAll
  public StockMovement release(long variantId, int quantity, String reference) {
    requireUnits(quantity);
    int back = em.createNativeQuery("UPDATE product_variant SET reserved = reserved - ?, version = version + 1 WHERE id = ? AND reserved >= ?")
        .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, quantity).executeUpdate();
    if (back == 0) {
      throw new IllegalStateException("variant " + variantId + " does not hold " + quantity + " reserved units");
    }
    return log(variantId, StockMovementKind.RELEASED, 0, -quantity, reference);
  }

  /** Held units were paid for: they leave the shelf for good. */
  @PermitAll
  public StockMovement sell(long variantId, int quantity, String reference) {
    requireUnits(quantity);
    int sold = em.createNativeQuery("UPDATE product_variant SET stock = stock - ?, reserved = reserved - ?, version = version + 1 WHERE id = ? AND reserved >= ?")
        .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, variantId).setParameter(4, quantity).executeUpdate();
    if (sold == 0) {
      throw new IllegalStateException("variant " + variantId + " does not hold " + quantity + " reserved units to sell");
    }
    return log(variantId, StockMovementKind.SOLD, -quantity, -quantity, reference);
  }

  /** Sold units came back onto the shelf (an order refunded before it was shipped). */
  @PermitAll
  public StockMovement returnToShelf(long variantId, int quantity, String reference) {
    requireUnits(quantity);
    int back = em.createNativeQuery("UPDATE product_variant SET stock = stock + ?, version = version + 1 WHERE id = ?")
        .setParameter(1, quantity).setParameter(2, variantId).executeUpdate();
    if (back == 0) {
      throw new NotFound("variant", variantId);
    }
    return log(variantId, StockMovementKind.RETURNED, quantity, 0, reference);
  }

  /**
   * A producer's count of a variant's shelf (the caller checked it is her group's). The row is
   * locked first, so a checkout cannot hold units between the check and the count; the count may
   * not be below what is held for orders.
   */
  @RolesAllowed(Roles.PRODUCER)
  public StockMovement count(long variantId, int counted, String reference) {
    if (counted < 0 || counted > Product.MAX_STOCK) {
      throw new BadInput("stock.count.range", Product.MAX_STOCK).on("stock");
    }
    List<Object[]> rows = em.createNativeQuery("SELECT stock, reserved FROM product_variant WHERE id = ? FOR UPDATE").setParameter(1, variantId).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("variant", variantId);
    }
    int before = ((Number) rows.get(0)[0]).intValue();
    int reserved = ((Number) rows.get(0)[1]).intValue();
    if (counted < reserved) {
      throw new StockHeldForOrders(variantId, reserved);
    }
    em.createNativeQuery("UPDATE product_variant SET stock = ?, version = version + 1 WHERE id = ?").setParameter(1, counted).setParameter(2, variantId).executeUpdate();
    return log(variantId, StockMovementKind.ADJUSTED, counted - before, 0, reference);
  }

  /** Goods arrived from the makers (the caller checked the variant is her group's). */
  @RolesAllowed(Roles.PRODUCER)
  public StockMovement receive(long variantId, int quantity, String reference) {
    if (quantity <= 0 || quantity > Product.MAX_STOCK) {
      throw new BadInput("stock.receipt.range", Product.MAX_STOCK).on("quantity");
    }
    int added = em.createNativeQuery("UPDATE product_variant SET stock = stock + ?, version = version + 1 WHERE id = ? AND stock + ? <= ?")
        .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, quantity).setParameter(4, Product.MAX_STOCK).executeUpdate();
    if (added == 0) {
      throw new BusinessRuleViolation("stock.tooMuch", Product.MAX_STOCK);
    }
    return log(variantId, StockMovementKind.RECEIVED, quantity, 0, reference);
  }

  /** What a shopper can buy of the variant now. */
  @PermitAll
  public int available(long variantId) {
    List<?> row = em.createNativeQuery("SELECT v.stock - v.reserved FROM product_variant v JOIN product p ON p.id = v.product_id"
        + " WHERE v.id = ? AND v.active = TRUE AND p.active = TRUE").setParameter(1, variantId).getResultList();
    return row.isEmpty() ? 0 : ((Number) row.get(0)).intValue();
  }

  @RolesAllowed({Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN})
  public List<StockMovement> movements(long productId, int limit) {
    List<Object[]> rows = em.createNativeQuery("SELECT id, product_id, variant_id, kind, quantity, stock_after, reserved_change, reserved_after, reference, created_by, created_at"
        + " FROM stock_movement WHERE product_id = ? ORDER BY id DESC LIMIT ?").setParameter(1, productId).setParameter(2, Math.max(1, Math.min(limit, 500))).getResultList();
    return rows.stream().map(r -> new StockMovement(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
        StockMovementKind.valueOf((String) r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
        (String) r[8], (String) r[9], ((Timestamp) r[10]).toInstant())).toList();
  }

  /** A locking read: the figure is the one committed now, not the one this transaction first saw. */
  private NotEnoughStock notEnough(long variantId) {
    List<Object[]> row = em.createNativeQuery("SELECT CASE WHEN v.active AND p.active THEN v.stock - v.reserved ELSE 0 END, p.name_th, p.name_en, v.label_th, v.label_en, v.code"
        + " FROM product_variant v JOIN product p ON p.id = v.product_id WHERE v.id = ? LOCK IN SHARE MODE").setParameter(1, variantId).getResultList();
    if (row.isEmpty()) {
      throw new NotFound("product", variantId);
    }
    Object[] r = row.get(0);
    boolean standard = ProductVariant.STANDARD.equals(r[5]);
    Named name = new Named(standard ? (String) r[1] : r[1] + " (" + r[3] + ")", standard ? (String) r[2] : r[2] + " (" + r[4] + ")");
    return new NotEnoughStock(variantId, Math.max(0, ((Number) r[0]).intValue()), name);
  }

  private static void requireUnits(int quantity) {
    if (quantity <= 0 || quantity > MAX_UNITS) {
      throw new BadInput("stock.units.range", MAX_UNITS).on("quantity");
    }
  }

  /** The variant's row is locked by this transaction's update, so the figures read here are the ones after it. */
  private StockMovement log(long variantId, StockMovementKind kind, int quantity, int reservedChange, String reference) {
    if (reference == null || reference.isBlank() || reference.length() > 100) {
      throw new BadInput("stock.reference.invalid").on("reference");
    }
    // only the variant is read for update; the product's group is a plain read (LockOrder: a stock
    // path never locks a product row for update)
    List<Object[]> rows = em.createNativeQuery("SELECT stock, reserved, product_id FROM product_variant WHERE id = ? FOR UPDATE").setParameter(1, variantId).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("variant", variantId);
    }
    Object[] v = rows.get(0);
    int stockAfter = ((Number) v[0]).intValue();
    int reservedAfter = ((Number) v[1]).intValue();
    long productId = ((Number) v[2]).longValue();
    Number groupId = (Number) em.createNativeQuery("SELECT group_id FROM product WHERE id = ?").setParameter(1, productId).getSingleResult();
    String by = caller();
    em.createNativeQuery("INSERT INTO stock_movement (product_id, variant_id, group_id, kind, quantity, stock_after, reserved_change, reserved_after, reference, created_by)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?)")
        .setParameter(1, productId).setParameter(2, variantId).setParameter(3, groupId.longValue()).setParameter(4, kind.name()).setParameter(5, quantity)
        .setParameter(6, stockAfter).setParameter(7, reservedChange).setParameter(8, reservedAfter).setParameter(9, reference).setParameter(10, by).executeUpdate();
    return new StockMovement(0, productId, variantId, kind, quantity, stockAfter, reservedChange, reservedAfter, reference, by, java.time.Instant.now());
  }

  private String caller() {
    Principal principal = session.getCallerPrincipal();
    return principal == null || "ANONYMOUS".equalsIgnoreCase(principal.getName()) ? "guest" : principal.getName();
  }
}
