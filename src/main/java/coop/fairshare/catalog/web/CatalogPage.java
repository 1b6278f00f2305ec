package coop.fairshare.catalog.web;

import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductQuery;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.Region;
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
public class CatalogPage {

  static final int PAGE_SIZE = 24;

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  private String category;
  private String region;
  private String q;
  private int page;
  private Page<Product> result;
  private List<Region> regions;

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
    result = catalog.search(new ProductQuery(chosenCategory, region, null, q, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
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

  /** The address of another page of the same search. */
  public String pageLink(int target) {
    StringBuilder link = new StringBuilder("?page=").append(target);
    append(link, "category", category);
    append(link, "region", region);
    append(link, "q", q);
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

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
