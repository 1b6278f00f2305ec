package coop.fairshare.shared;

import java.util.List;

/** One page of a longer list, with what a pager needs to show the rest. */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** No list of ours is this long; a page beyond it is refused, so the first row's offset never overflows. */
  public static final int MAX_PAGE = 100_000;

  /** The largest page any list hands out (a list may allow fewer). */
  public static final int MAX_SIZE = 200;

  public Page {
    items = List.copyOf(items);
    if (page < 0 || size < 1) {
      throw new BadInput("query.page.range").on("page");
    }
  }

  /**
   * A page of a list not counted (counting would read all of it, however big): its total is the
   * rows up to this page's end, and one more when another page follows, so a pager offers the next
   * page and never says how many there are.
   */
  public static <T> Page<T> uncounted(List<T> items, boolean more, int page, int size) {
    return new Page<>(items, page, size, more ? (long) (page + 1) * size + 1 : (long) page * size + items.size());
  }

  /**
   * The offset of the page's first row, for a query; a page or size out of bounds (a negative page,
   * page 2147483647) is refused as bad input rather than reaching the database as a wrapped number.
   */
  public static int firstRow(int page, int size) {
    requireWithinBounds(page, size, MAX_SIZE);
    return page * size;
  }

  /** Refuses a page number beyond {@link #MAX_PAGE} or a size outside 1 to {@code maxSize}. */
  public static void requireWithinBounds(long page, long size, int maxSize) {
    if (page < 0 || page > MAX_PAGE) {
      throw new BadInput("error.pageOutOfRange", MAX_PAGE);
    }
    if (size < 1 || size > Math.min(maxSize, MAX_SIZE)) {
      throw new BadInput("error.pageSizeOutOfRange", Math.min(maxSize, MAX_SIZE));
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
