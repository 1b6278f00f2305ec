package coop.fairshare.shared.web;

import coop.fairshare.shared.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's search text and page number, read from its address (view parameters), and the address of
 * another page of the same search: a list a page at a time keeps its view bookmarkable, and a page
 * number typed by hand never reaches a query out of range.
 */
public abstract class SearchedPage {

  private String q;
  private int page;

  /** The page asked for, within 0 and {@link Page#MAX_PAGE}. */
  protected int currentPage() {
    return Math.max(0, Math.min(page, Page.MAX_PAGE));
  }

  /** What else the address carries besides the page (the search by default), in the order it is written. */
  protected Map<String, String> filters() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("q", q);
    return filters;
  }

  /** The address of another page of the same view. */
  public String pageLink(int target) {
    return pageLink(target, Map.of());
  }

  /** The address of another page of the same view, with where it starts (say {@code after} a code). */
  protected String pageLink(int target, Map<String, String> position) {
    StringBuilder link = new StringBuilder("?page=").append(target);
    Map<String, String> parameters = new LinkedHashMap<>(filters());
    parameters.putAll(position);
    parameters.forEach((name, value) -> {
      if (present(value)) {
        link.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
      }
    });
    return link.toString();
  }

  protected static boolean present(String value) {
    return value != null && !value.isBlank();
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
