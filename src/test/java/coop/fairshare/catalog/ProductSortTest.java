package coop.fairshare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each order for products in hand lists them as its SQL does (ServicesIT compares the two on MariaDB). */
class ProductSortTest {

  private static final ProductSort.Key PLAIN_CHEAP = new ProductSort.Key(1, false, Money.ofSatang(5000));
  private static final ProductSort.Key FEATURED_DEAR = new ProductSort.Key(2, true, Money.ofSatang(9000));
  private static final ProductSort.Key PLAIN_DEAR = new ProductSort.Key(3, false, Money.ofSatang(9000));
  private static final ProductSort.Key FEATURED_CHEAP = new ProductSort.Key(4, true, Money.ofSatang(5000));
  private static final List<ProductSort.Key> IN_HAND = List.of(PLAIN_DEAR, FEATURED_CHEAP, PLAIN_CHEAP, FEATURED_DEAR);

  private static List<Long> listed(ProductSort sort) {
    return IN_HAND.stream().sorted(sort.order()).map(ProductSort.Key::id).toList();
  }

  @Test
  void eachOrderBreaksTiesAsItsSqlDoes() {
    assertThat(listed(ProductSort.FEATURED)).as("featured first, then the oldest").containsExactly(2L, 4L, 1L, 3L);
    assertThat(listed(ProductSort.PRICE_LOW)).as("cheapest first, the oldest first at one price").containsExactly(1L, 4L, 2L, 3L);
    assertThat(listed(ProductSort.PRICE_HIGH)).as("dearest first, the newest first at one price").containsExactly(3L, 2L, 4L, 1L);
    assertThat(listed(ProductSort.NEWEST)).as("newest first").containsExactly(4L, 3L, 2L, 1L);
  }
}
