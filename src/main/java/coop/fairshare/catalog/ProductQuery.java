package coop.fairshare.catalog;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.ThaiText;
import java.util.List;

/**
 * What a shopper asked the catalog for. Every part is optional; the text is split into words the
 * way Thai is read (no spaces between words), and each word must appear in the product.
 */
public record ProductQuery(ProductCategory category, String regionCode, Long groupId, String text, Money minPrice, Money maxPrice, ProductSort sort, int page, int size) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_TEXT = 100;
  public static final int MAX_WORDS = 8;

  public ProductQuery {
    coop.fairshare.shared.Page.requireWithinBounds(page, size, MAX_PAGE_SIZE);
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
    }
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("search text is longer than " + MAX_TEXT + " characters");
    }
    regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    if (minPrice != null && minPrice.isNegative() || maxPrice != null && maxPrice.isNegative()) {
      throw new IllegalArgumentException("a price filter cannot be negative");
    }
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      throw new IllegalArgumentException("the lowest price is above the highest");
    }
    sort = sort == null ? ProductSort.FEATURED : sort;
  }

  public ProductQuery(ProductCategory category, String regionCode, Long groupId, String text, int page, int size) {
    this(category, regionCode, groupId, text, null, null, ProductSort.FEATURED, page, size);
  }

  public static ProductQuery all(int page, int size) {
    return new ProductQuery(null, null, null, null, page, size);
  }

  public List<String> words() {
    List<String> words = ThaiText.words(text);
    return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
  }
}
