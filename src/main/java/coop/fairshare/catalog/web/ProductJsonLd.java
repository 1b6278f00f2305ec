package coop.fairshare.catalog.web;

import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductVariant;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A product as schema.org's {@code Product} in JSON-LD, which search engines read for rich results:
 * name, description, pictures, SKU, the producer group as brand and maker, and the offer in baht
 * with its availability. Prices come from {@link Money} as exact decimals, never floating point.
 */
final class ProductJsonLd {

  static final String IN_STOCK = "https://schema.org/InStock";
  static final String OUT_OF_STOCK = "https://schema.org/OutOfStock";

  private ProductJsonLd() {}

  /**
   * @param imageUrls the absolute addresses of its photos, the main one first (may be empty)
   * @param productUrl the product page's absolute address
   * @param groupUrl the producer group's page, absolute
   */
  static JsonObject of(Product product, Locale locale, List<String> imageUrls, String productUrl, String groupUrl) {
    String groupName = product.group().name(locale);
    JsonObjectBuilder json = Jsons.object()
        .add("@context", "https://schema.org")
        .add("@type", "Product")
        .add("name", product.name(locale))
        .add("description", product.description(locale))
        .add("sku", product.sku())
        .add("category", Texts.text(locale, "category." + product.category()))
        .add("url", productUrl)
        .add("brand", Jsons.object().add("@type", "Brand").add("name", groupName))
        .add("manufacturer", Jsons.object().add("@type", "Organization").add("name", groupName).add("url", groupUrl));
    if (product.id() != null) {
      json.add("productID", String.valueOf(product.id()));
    }
    if (!imageUrls.isEmpty()) {
      JsonArrayBuilder images = Jsons.array();
      imageUrls.forEach(images::add);
      json.add("image", images);
    }
    json.add("offers", offers(product, locale, productUrl));
    return json.build();
  }

  /** One offer for a product sold in one form; with sizes or colours, an aggregate from lowest to highest price over one offer per variant. */
  private static JsonObjectBuilder offers(Product product, Locale locale, String productUrl) {
    List<ProductVariant> onSale = product.activeVariants();
    if (onSale.size() <= 1) {
      return offer(product.priceFrom(), product.isInStock(), productUrl);
    }
    JsonArrayBuilder each = Jsons.array();
    for (ProductVariant variant : onSale) {
      each.add(offer(variant.price(), variant.available() > 0, productUrl)
          .add("name", variant.label(locale))
          .add("sku", product.sku() + "-" + variant.code()));
    }
    Money highest = onSale.stream().map(ProductVariant::price).max(Comparator.naturalOrder()).orElse(product.price());
    return Jsons.object()
        .add("@type", "AggregateOffer")
        .add("priceCurrency", "THB")
        .add("lowPrice", product.priceFrom().toBaht())
        .add("highPrice", highest.toBaht())
        .add("offerCount", onSale.size())
        .add("availability", product.isInStock() ? IN_STOCK : OUT_OF_STOCK)
        .add("offers", each);
  }

  private static JsonObjectBuilder offer(Money price, boolean inStock, String productUrl) {
    return Jsons.object()
        .add("@type", "Offer")
        .add("price", price.toBaht())
        .add("priceCurrency", "THB")
        .add("availability", inStock ? IN_STOCK : OUT_OF_STOCK)
        .add("itemCondition", "https://schema.org/NewCondition")
        .add("url", productUrl);
  }
}
