package coop.fairshare.catalog;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/**
 * What another area needs to know of a product to split its sale: who made it (group, maker),
 * what kind it is, its base price and whether it is on sale. A value, so no other area holds the
 * catalog's entities.
 */
public record ProductOrigin(long productId, long groupId, Long makerMemberId, ProductCategory category, Money price, boolean active) implements Serializable {

  static ProductOrigin of(Product product) {
    return new ProductOrigin(product.id(), product.group().id(), product.maker().map(m -> m.id()).orElse(null), product.category(), product.price(), product.isActive());
  }
}
