package coop.fairshare.order;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.catalog.ProductVariant;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carts: a guest's is kept in her session by the web layer and only priced here; a signed-in
 * shopper's is kept in the database, so it waits for her on any device.
 */
@Stateless
public class Carts {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Accounts accounts;

  /** Prices a cart from the catalog as it is now; lines whose product left the shop show nothing available. */
  @PermitAll
  public Basket price(Cart cart) {
    if (cart.isEmpty()) {
      return new Basket(List.of());
    }
    Map<Long, ProductVariant> variants = new LinkedHashMap<>();
    // the products with their groups in the same read, and all their variants (whether a line names
    // its form) in one more, whatever the number of lines
    em.createQuery("SELECT v FROM ProductVariant v WHERE v.id IN :ids", ProductVariant.class).setParameter("ids", List.copyOf(cart.lines().keySet()))
        .setHint("eclipselink.join-fetch", "v.product.group").setHint("eclipselink.batch", "v.product.variants").setHint("eclipselink.batch.type", "IN")
        .getResultList().forEach(v -> variants.put(v.id(), v));
    List<Basket.Line> lines = new ArrayList<>();
    cart.lines().forEach((variantId, quantity) -> {
      ProductVariant v = variants.get(variantId);
      if (v != null) {
        boolean standard = v.isStandard() || !v.product().hasChoice();
        lines.add(new Basket.Line(v.product().id(), v.id(), v.product().group().id(), v.product().sku(), v.product().name(java.util.Locale.forLanguageTag("th")),
            v.product().name(java.util.Locale.ENGLISH), standard ? null : v.labelTh(), standard ? null : v.labelEn(), v.price(), quantity, v.weightGrams(),
            v.isActive() && v.product().isActive() ? Math.max(0, v.available()) : 0));
      }
    });
    return new Basket(lines);
  }

  /** Checks a variant can go in a cart: it exists and is on sale. */
  @PermitAll
  public void requireOnSale(long variantId) {
    ProductVariant v = em.find(ProductVariant.class, variantId);
    if (v == null || !v.isActive() || !v.product().isActive()) {
      throw new NotFound("product", variantId);
    }
  }

  /** The signed-in shopper's saved cart. */
  // SUPPORTS on a page's reads: called from a page, no transaction of their own (a page saves the
  // three round trips of one per call); called inside a use case, they read in its transaction
  @RolesAllowed(Roles.SHOPPER)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Cart saved() {
    List<Object[]> rows = em.createNativeQuery("SELECT variant_id, quantity FROM cart_line WHERE account_id = ? ORDER BY added_at, variant_id")
        .setParameter(1, me()).getResultList();
    Map<Long, Integer> lines = new LinkedHashMap<>();
    rows.forEach(r -> lines.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
    return new Cart(lines);
  }

  /** Replaces the signed-in shopper's saved cart. */
  @RolesAllowed(Roles.SHOPPER)
  public Cart save(Cart cart) {
    long account = me();
    em.createNativeQuery("DELETE FROM cart_line WHERE account_id = ?").setParameter(1, account).executeUpdate();
    int order = 0;
    for (Map.Entry<Long, Integer> line : cart.lines().entrySet()) {
      requireOnSaleOrGone(line.getKey());
      // added_at keeps the order the lines were put in the cart
      em.createNativeQuery("INSERT INTO cart_line (account_id, variant_id, quantity, added_at) VALUES (?, ?, ?, TIMESTAMPADD(MICROSECOND, ?, CURRENT_TIMESTAMP(3)))")
          .setParameter(1, account).setParameter(2, line.getKey()).setParameter(3, line.getValue()).setParameter(4, 1000 * order++).executeUpdate();
    }
    return cart;
  }

  /** On signing in: what she put in her cart as a guest joins her saved cart. */
  @RolesAllowed(Roles.SHOPPER)
  public Cart mergeGuestCart(Cart guest) {
    Cart saved = saved();
    if (guest == null || guest.isEmpty()) {
      return saved;
    }
    saved.merge(guest);
    return save(saved);
  }

  private void requireOnSaleOrGone(long variantId) {
    if (em.find(ProductVariant.class, variantId) == null) {
      throw new NotFound("product", variantId);
    }
  }

  private long me() {
    CallerAccount caller = accounts.caller();
    return caller.id();
  }
}
