package coop.fairshare.catalog;

import coop.fairshare.shared.Money;
import java.util.Comparator;

/**
 * The orders a shopper can list products in: each as MariaDB sorts a query and, the same order, for
 * products already in hand by what they are sorted by ({@link Key}).
 */
public enum ProductSort {
  FEATURED("p.featured DESC, p.id", Comparator.comparing(Key::featured).reversed().thenComparingLong(Key::id)),
  PRICE_LOW("p.price ASC, p.id", Comparator.comparing(Key::price).thenComparingLong(Key::id)),
  // newest first among equal prices: the price index read backwards (V36) gives this order
  PRICE_HIGH("p.price DESC, p.id DESC", Comparator.comparing(Key::price).thenComparingLong(Key::id).reversed()),
  NEWEST("p.id DESC", Comparator.comparingLong(Key::id).reversed());

  /** What a product is listed by, read beside its id. */
  record Key(long id, boolean featured, Money price) {}

  private final String orderBy;
  private final Comparator<Key> order;

  ProductSort(String orderBy, Comparator<Key> order) {
    this.orderBy = orderBy;
    this.order = order;
  }

  String orderBy() {
    return orderBy;
  }

  /** The same order for products in hand. */
  Comparator<Key> order() {
    return order;
  }
}
