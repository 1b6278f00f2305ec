package coop.fairshare.catalog.rest;

import coop.fairshare.catalog.FoodFacts;
import coop.fairshare.catalog.Product;
import java.math.BigDecimal;
import java.util.List;

/** A product as the API shows it: both languages, price in satang and in baht. */
public record ProductJson(
    long id,
    String sku,
    String category,
    String nameTh,
    String nameEn,
    String descriptionTh,
    String descriptionEn,
    long priceSatang,
    BigDecimal priceBaht,
    String currency,
    int weightGrams,
    int stock,
    boolean inStock,
    long groupId,
    String groupNameTh,
    String groupNameEn,
    String region,
    FoodFacts food,
    List<VariantJson> variants) {

  /** A form the product is sold in, with what can be bought of it. */
  public record VariantJson(long id, String code, String labelTh, String labelEn, long priceSatang, int weightGrams, int available, boolean active) {}

  public static ProductJson of(Product p) {
    return new ProductJson(
        p.id(),
        p.sku(),
        p.category().name(),
        p.text().nameTh(),
        p.text().nameEn(),
        p.text().descriptionTh(),
        p.text().descriptionEn(),
        p.price().satang(),
        p.price().toBaht(),
        "THB",
        p.weightGrams(),
        p.stock(),
        p.isInStock(),
        p.group().id(),
        p.group().nameTh(),
        p.group().nameEn(),
        p.group().region().code(),
        p.foodFacts().orElse(null),
        p.variants().stream().map(v -> new VariantJson(v.id(), v.code(), v.labelTh(), v.labelEn(), v.price().satang(), v.weightGrams(), v.available(), v.isActive())).toList());
  }
}
