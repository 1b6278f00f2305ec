package coop.fairshare.catalog;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.SearchGrams;
import coop.fairshare.shared.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shop window: what anyone, signed in or not, may find and read. Only active products show. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: from a page, no transaction's round trips; in a use case, its transaction
public class ProductCatalog {

  @PersistenceContext
  private EntityManager em;

  /**
   * How far a search counts what it found: "1,000+ found" rather than a count of every match of a
   * common word (a count that would grow with the catalog). A page past that is still counted to its
   * end and one beyond, so the pager knows whether a next page exists.
   */
  public static final int COUNTED_AT_MOST = 1_000;

  /**
   * The products that match, a page of them in the query's order, and how many there are up to
   * {@link #countedTo}: a total above {@link #COUNTED_AT_MOST} means "at least that many" (see
   * {@link #countStopped}). A typed word's trigrams (SearchGrams) narrow the search to the products
   * holding them, starting from the rarest (MariaDB picks it by index dives), and the LIKE confirms
   * on those only; so a search reads what may match, not every product.
   */
  public Page<Product> search(ProductQuery query) {
    StringBuilder from = new StringBuilder(" FROM Product p");
    StringBuilder where = new StringBuilder(" WHERE p.active = TRUE");
    Map<String, Object> parameters = new HashMap<>();
    if (query.category() != null) {
      where.append(" AND p.category = :category");
      parameters.put("category", query.category());
    }
    if (query.regionCode() != null) {
      where.append(" AND p.group.region.code = :region");
      parameters.put("region", query.regionCode());
    }
    if (query.groupId() != null) {
      where.append(" AND p.group.id = :groupId");
      parameters.put("groupId", query.groupId());
    }
    if (query.minPrice() != null) {
      where.append(" AND p.price >= :minPrice");
      parameters.put("minPrice", query.minPrice());
    }
    if (query.maxPrice() != null) {
      where.append(" AND p.price <= :maxPrice");
      parameters.put("maxPrice", query.maxPrice());
    }
    List<String> words = query.words();
    // each gram a semi-join (IN a subquery on (gram, product_id)), not a join: with the product the
    // first table, MariaDB may walk the products in the page's order along its index (V36) and check
    // each one's grams when the words are common, or start from the rarest gram when they are not
    // (optimizer_join_limit_pref_ratio, Database); EclipseLink writes a join's gram tables ahead of
    // the product, and that walk is then never considered (a common word's search sorted every match)
    List<String> grams = SearchGrams.toFind(words);
    for (int i = 0; i < grams.size(); i++) {
      where.append(" AND p.id IN (SELECT g").append(i).append(".productId FROM ProductSearchGram g").append(i)
          .append(" WHERE g").append(i).append(".gram = :g").append(i).append(")");
      parameters.put("g" + i, grams.get(i));
    }
    for (int i = 0; i < words.size(); i++) {
      // a word may sit inside a longer Thai compound (น้ำพริก in น้ำพริกเผา), so match anywhere;
      // a word of 1-2 characters has no gram and is found by this alone, as before
      where.append(" AND p.searchText LIKE :w").append(i).append(" ESCAPE '!'");
      parameters.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
    }
    // counted by reading at most so many ids (no order, so MariaDB stops there), never COUNT of every match
    int countTo = countedTo(query.page(), query.size());
    int first = Page.firstRow(query.page(), query.size());
    long total;
    if (words.isEmpty()) {
      TypedQuery<Long> count = em.createQuery("SELECT p.id" + from + where, Long.class).setMaxResults(countTo + 1);
      parameters.forEach(count::setParameter);
      total = count.getResultList().size();
    } else {
      // a match's row is read for its words anyway: what it is listed by comes with it, and when every
      // match is in hand the page is cut from them, not sought again along the page's order
      TypedQuery<Object[]> count = em.createQuery("SELECT p.id, p.featured, p.price" + from + where, Object[].class).setMaxResults(countTo + 1);
      parameters.forEach(count::setParameter);
      List<ProductSort.Key> matches = count.getResultList().stream().map(row -> new ProductSort.Key((Long) row[0], (Boolean) row[1], (Money) row[2])).toList();
      if (matches.size() <= countTo) {
        List<Long> ids = matches.stream().sorted(query.sort().order()).skip(first).limit(query.size()).map(ProductSort.Key::id).toList();
        return new Page<>(inOrder(ids), query.page(), query.size(), matches.size());
      }
      total = matches.size();
    }
    // the cards show stock: the page's variants in one query, not one per card
    TypedQuery<Product> select = withVariants(em.createQuery("SELECT p" + from + where + " ORDER BY " + query.sort().orderBy(), Product.class))
        // and the page's makers' groups in one more (it was one query per group on the page); not
        // joined in: the product must stay the query's first table (see the grams above)
        .setHint("eclipselink.batch", "p.group");
    parameters.forEach(select::setParameter);
    List<Product> items = select.setFirstResult(first).setMaxResults(query.size()).getResultList();
    return new Page<>(items, query.page(), query.size(), total);
  }

  /** These products (a page of them, with their variants and groups) in the order given. */
  private List<Product> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Product> byId = new HashMap<>();
    withVariants(em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class).setParameter("ids", ids)).setHint("eclipselink.batch", "p.group")
        .getResultList().forEach(p -> byId.put(p.id(), p));
    return ids.stream().map(byId::get).toList();
  }

  /** Where a search's count stops: {@link #COUNTED_AT_MOST}, or the end of the page asked for if that is further. */
  public static int countedTo(int page, int size) {
    return Math.max(COUNTED_AT_MOST, Page.firstRow(page, size) + size);
  }

  /** Whether a search's count stopped before the end: its total then means "more than {@link #COUNTED_AT_MOST}". */
  public static boolean countStopped(Page<?> found) {
    return found.total() > countedTo(found.page(), found.size());
  }

  public List<Product> featured(int limit) {
    return em.createQuery("SELECT p FROM Product p WHERE p.active = TRUE AND p.featured = TRUE ORDER BY p.id", Product.class)
        .setMaxResults(Math.max(1, Math.min(limit, 48)))
        .getResultList();
  }

  public Optional<Product> product(long id) {
    // its group in the same query: the page shows it
    return em.createQuery("SELECT p FROM Product p WHERE p.id = :id AND p.active = TRUE", Product.class).setParameter("id", id)
        .setHint("eclipselink.join-fetch", "p.group").getResultStream().findFirst();
  }

  /** A group's products on sale, their variants (which a card's price and stock come from) in one more read. */
  public List<Product> productsOfGroup(long groupId) {
    return withVariants(em.createQuery("SELECT p FROM Product p WHERE p.group.id = :g AND p.active = TRUE ORDER BY p.id", Product.class).setParameter("g", groupId))
        .getResultList();
  }

  /** A few more of a group's products on sale beside one (a product page's "more from this group"), however many it has. */
  public List<Product> moreOfGroup(long groupId, long besideProductId, int limit) {
    return withVariants(em.createQuery("SELECT p FROM Product p WHERE p.group.id = :g AND p.active = TRUE AND p.id <> :beside ORDER BY p.id", Product.class)
        .setParameter("g", groupId).setParameter("beside", besideProductId).setMaxResults(Math.max(1, Math.min(limit, 24)))
        .setHint("eclipselink.join-fetch", "p.group")).getResultList();
  }

  /** The products' variants read in one more query for all of them (EclipseLink's IN batch), not one per product. */
  private static TypedQuery<Product> withVariants(TypedQuery<Product> products) {
    return products.setHint("eclipselink.batch", "p.variants").setHint("eclipselink.batch.type", "IN");
  }

  /** The ids of every product on sale, in one query: the sitemap lists them, however many there are. */
  public List<Long> activeProductIds() {
    return em.createQuery("SELECT p.id FROM Product p WHERE p.active = TRUE ORDER BY p.id", Long.class).getResultList();
  }

  /** Any product's origin, on sale or not (a sale already made is split even if the product was hidden since). */
  public Optional<ProductOrigin> origin(long id) {
    return Optional.ofNullable(em.find(Product.class, id)).map(ProductOrigin::of);
  }

  /** The origins of every product on sale, by id (the demo's past sales pick from them). */
  public List<ProductOrigin> activeOrigins() {
    return em.createQuery("SELECT p FROM Product p WHERE p.active = TRUE ORDER BY p.id", Product.class).getResultStream().map(ProductOrigin::of).toList();
  }

  static String escapeLike(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      if (c == '!' || c == '%' || c == '_') {
        out.append('!');
      }
      out.append(c);
    }
    return out.toString();
  }
}
