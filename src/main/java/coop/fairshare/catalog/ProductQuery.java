package coop.fairshare.catalog;

import coop.fairshare.shared.BadInput;
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
      throw new BadInput("query.page.negative").on("page");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new BadInput("query.size.range", MAX_PAGE_SIZE).on("size");
    }
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > MAX_TEXT) {
      throw new BadInput("query.text.tooLong", MAX_TEXT).on("q");
    }
    regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    if (minPrice != null && minPrice.isNegative() || maxPrice != null && maxPrice.isNegative()) {
      throw new BadInput("query.price.negative").on("price");
    }
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      throw new BadInput("query.price.order").on("price");
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
