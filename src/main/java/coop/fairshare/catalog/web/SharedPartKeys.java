package coop.fairshare.catalog.web;

import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductVariant;

/**
 * Keys of the catalog's page parts that are kept a few seconds for everyone (shared/web/SharedParts):
 * a product enters a key with its version and each variant's version, price and stock, so that a
 * change to any of them makes a new key and a kept part never shows an old price or stock figure.
 */
final class SharedPartKeys {

  private SharedPartKeys() {}

  static StringBuilder append(StringBuilder key, Product product) {
    key.append("|").append(product.id()).append('v').append(product.version());
    for (ProductVariant variant : product.variants()) {
      key.append(',').append(variant.id()).append('v').append(variant.version()).append(':').append(variant.price().satang())
          .append(':').append(variant.stock()).append(':').append(variant.reserved()).append(variant.isActive() ? 'a' : 'x');
    }
    return key;
  }
}
