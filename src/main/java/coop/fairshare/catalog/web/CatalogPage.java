package coop.fairshare.catalog.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductQuery;
import coop.fairshare.catalog.ProductSort;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The catalog with its filters. The filters travel in the address (a GET form), so a result can be
 * bookmarked and shared, and browsing keeps no state on the server.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class CatalogPage {

  static final int PAGE_SIZE = 24;

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  private String category;
  private String region;
  private String q;
  private Long group;
  private String min;
  private String max;
  private String sort;
  private int page;
  private Page<Product> result;
  private List<Region> regions;
  private List<ProducerGroup> groups;

  /** Groups the catalog's picker lists at most. */
  static final int PICKER_GROUPS = GroupDirectory.PICKER_GROUPS;

  /** Runs the search once the view parameters are in; unknown filter values are explained, not fatal. */
  public void load() {
    ProductCategory chosenCategory = null;
    if (category != null && !category.isBlank()) {
      chosenCategory = Arrays.stream(ProductCategory.values()).filter(c -> c.name().equals(category)).findFirst().orElse(null);
      if (chosenCategory == null) {
        Texts.error(null, "catalog.unknownCategory");
        category = null;
      }
    }
    if (region != null && !region.isBlank() && getRegions().stream().noneMatch(r -> r.code().equals(region))) {
      Texts.error(null, "catalog.unknownRegion");
      region = null;
    }
    if (q != null && q.length() > ProductQuery.MAX_TEXT) {
      Texts.error(null, "catalog.searchTooLong", ProductQuery.MAX_TEXT);
      q = q.substring(0, ProductQuery.MAX_TEXT);
    }
    Money lowest = baht(min, "catalog.badMinPrice");
    Money highest = baht(max, "catalog.badMaxPrice");
    if (lowest != null && highest != null && lowest.compareTo(highest) > 0) {
      Texts.error(null, "catalog.priceRangeUpsideDown");
      Money swap = lowest;
      lowest = highest;
      highest = swap;
    }
    ProductSort order = ProductSort.FEATURED;
    if (sort != null && !sort.isBlank()) {
      order = Arrays.stream(ProductSort.values()).filter(s -> s.name().equals(sort)).findFirst().orElse(ProductSort.FEATURED);
    }
    if (group != null && getGroups().stream().noneMatch(g -> g.id().longValue() == group.longValue())) {
      Texts.error(null, "catalog.unknownGroup");
      group = null;
    }
    result = catalog.search(new ProductQuery(chosenCategory, region, group, q, lowest, highest, order, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
  }

  /**
   * The key of the page's shared part (kept a few seconds for everyone, shared/web/SharedParts): the
   * filters as the page shows them and the products found, with their versions, prices and stock.
   */
  public String getFingerprint() {
    StringBuilder key = new StringBuilder("catalog");
    // each typed value with its length first, so no two different addresses make one key
    for (Object typed : new Object[] {category, region, group, q, min, max, sort, page, result.total()}) {
      String text = String.valueOf(typed);
      key.append('|').append(text.length()).append(':').append(text);
    }
    result.items().forEach(product -> SharedPartKeys.append(key, product));
    return key.toString();
  }

  /** A price typed in baht; a mistake is explained and the filter left out. */
  private static Money baht(String typed, String mistakeKey) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Money price;
    try {
      price = Money.parseBaht(typed);
    } catch (BadInput unreadable) {
      Texts.error(null, mistakeKey);
      return null;
    }
    if (price.isNegative() || price.compareTo(Product.MAX_PRICE) > 0) {
      Texts.error(null, mistakeKey);
      return null;
    }
    return price;
  }

  public List<ProductSort> getSorts() {
    return List.of(ProductSort.values());
  }

  public List<ProducerGroup> getGroups() {
    if (groups == null) {
      // a picker while the groups are few; at national scale only the chosen one (a group's page links here with it)
      groups = new java.util.ArrayList<>(directory.groupsForPicker(PICKER_GROUPS));
      if (group != null && groups.stream().noneMatch(g -> g.id().equals(group))) {
        directory.group(group).ifPresent(groups::add);
      }
    }
    return groups;
  }

  public List<ProductCategory> getCategories() {
    return List.of(ProductCategory.values());
  }

  public List<Region> getRegions() {
    if (regions == null) {
      regions = directory.regions();
    }
    return regions;
  }

  public Page<Product> getResult() {
    return result;
  }

  /** Whether the count stopped short (a common word): the page then says "1,000+ found" and the pager shows no last page. */
  public boolean isCountStopped() {
    return ProductCatalog.countStopped(result);
  }

  /** Where the count stopped, when it did. */
  public int getCountedTo() {
    return ProductCatalog.countedTo(result.page(), result.size());
  }

  /** The address of another page of the same search. */
  public String pageLink(int target) {
    StringBuilder link = new StringBuilder("?page=").append(target);
    append(link, "category", category);
    append(link, "region", region);
    append(link, "q", q);
    append(link, "group", group == null ? null : group.toString());
    append(link, "min", min);
    append(link, "max", max);
    append(link, "sort", sort);
    return link.toString();
  }

  private static void append(StringBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public String getMin() {
    return min;
  }

  public void setMin(String min) {
    this.min = min;
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = max;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
