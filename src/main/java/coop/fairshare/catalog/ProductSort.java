package coop.fairshare.catalog;

/** The orders a shopper can list products in. */
public enum ProductSort {
  FEATURED("p.featured DESC, p.id"),
  PRICE_LOW("p.price ASC, p.id"),
  // newest first among equal prices: the price index read backwards (V36) gives this order
  PRICE_HIGH("p.price DESC, p.id DESC"),
  NEWEST("p.id DESC");

  private final String orderBy;

  ProductSort(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy;
  }
}
