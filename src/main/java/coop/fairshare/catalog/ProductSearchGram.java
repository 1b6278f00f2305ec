package coop.fairshare.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the catalog's trigram index, as a search's subquery reads it ({@code p.id IN (SELECT
 * g.productId FROM ProductSearchGram g WHERE g.gram = :g)}). The rows are written with their product
 * ({@link Product}'s search grams); this view of them is only read. A subquery rather than a join
 * leaves the product the first table of the search, so MariaDB may walk products in the page's
 * order and check each one's grams (see {@link ProductCatalog#search}).
 */
@Entity
@Table(name = "product_search_gram")
@IdClass(ProductSearchGram.Key.class)
public class ProductSearchGram {

  @Id
  @Column(name = "gram")
  private String gram;

  @Id
  @Column(name = "product_id")
  private Long productId;

  protected ProductSearchGram() {}

  /** The row's key: a gram of a product. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String gram;
    private Long productId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(gram, k.gram) && Objects.equals(productId, k.productId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(gram, productId);
    }
  }
}
