package coop.fairshare.shared;

import java.util.List;

/** One page of a longer list, with what a pager needs to show the rest. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
    if (page < 0 || size < 1) {
      throw new BadInput("query.page.range").on("page");
    }
  }

  public int totalPages() {
    return (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
