package coop.fairshare.catalog;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
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
    // her group with them and the variants of all her products in one more read, not one read a product
    return em.createQuery("SELECT p FROM Product p JOIN FETCH p.group WHERE p.group.id = :g ORDER BY p.sku", Product.class).setParameter("g", callerGroupId())
        .setHint("eclipselink.batch", "p.variants").setHint("eclipselink.batch.type", "IN").getResultList();
  }

  public Product one(long productId) {
    return own(productId, LockModeType.NONE);
  }

  /** The variant of a product sold in one form; a product with a choice needs the variant named. */
  public long onlyVariant(long productId) {
    List<ProductVariant> active = own(productId, LockModeType.NONE).activeVariants();
    if (active.size() != 1) {
      throw new BadInput("stock.variantRequired", active.size()).on("variantId");
    }
    return active.get(0).id();
  }

  /** A stock count of one variant's shelf. */
  public Product countStock(long productId, long variantId, int counted) {
    Product product = own(productId, LockModeType.NONE);
    ProductVariant variant = product.variant(variantId);
    stock.count(variantId, counted, "stock count");
    em.refresh(variant);
    return product;
  }

  public Product receiveStock(long productId, long variantId, int quantity) {
    Product product = own(productId, LockModeType.NONE);
    ProductVariant variant = product.variant(variantId);
    stock.receive(variantId, quantity, "goods received");
    em.refresh(variant);
    return product;
  }

  /** A new product of the caller's group, sold in one standard form with an empty shelf until stock is received. */
  public Product create(ProductCategory category, ProductText text, Money price, int weightGrams, FoodFacts foodFacts) {
    ProducerGroup group = em.find(ProducerGroup.class, callerGroupId());
    Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM product WHERE group_id = ?").setParameter(1, group.id()).getSingleResult();
    String sku;
    int next = count.intValue() + 1;
    do {
      sku = String.format("%s-%03d", group.code(), next++);
    } while (!em.createQuery("SELECT p.id FROM Product p WHERE p.sku = :s").setParameter("s", sku).getResultList().isEmpty());
    Product product = new Product(sku, group, category, text, price, weightGrams, foodFacts);
    em.persist(product);
    em.flush();
    return product;
  }

  /** The group's own words, price and weight for a product. */
  public Product update(long productId, ProductText text, Money price, int weightGrams, FoodFacts foodFacts) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    product.describe(text);
    product.changePrice(price);
    product.changeWeight(weightGrams);
    if (foodFacts != null) {
      product.recordFoodFacts(foodFacts);
    } else if (product.category().isFood()) {
      throw new BadInput("product.food.factsRequired").on("foodFacts");
    }
    return product;
  }

  /** A new price for one of the group's products (the rule of what a price may be is the product's). */
  public Product changePrice(long productId, Money price) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    product.changePrice(price);
    return product;
  }

  /** A size or colour of a product; its price may differ (null: the product's). */
  public Product addVariant(long productId, String code, String labelTh, String labelEn, Money ownPrice) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    ProductVariant variant = product.addVariant(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT), labelTh, labelEn);
    variant.priceAt(ownPrice);
    em.flush();
    return product;
  }

  public Product retireVariant(long productId, long variantId) {
    Product product = own(productId, LockModeType.PESSIMISTIC_WRITE);
    product.retireVariant(variantId);
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
    if (lock != LockModeType.NONE) {
      // LockOrder: a product's variants (by id) before the product row, as a checkout holds them
      // found by a plain read, then locked by primary key: a locking read on the product_id index
      // would also lock the gap and the next product's first variant
      List<?> variants = em.createNativeQuery("SELECT id FROM product_variant WHERE product_id = ? ORDER BY id").setParameter(1, productId).getResultList();
      for (Object variant : variants) {
        em.createNativeQuery("SELECT id FROM product_variant WHERE id = ? FOR UPDATE").setParameter(1, ((Number) variant).longValue()).getResultList();
      }
    }
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
