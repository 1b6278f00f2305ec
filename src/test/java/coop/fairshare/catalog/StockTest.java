package coop.fairshare.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The shelf's rules live in {@link Stock}, their one home (the database row is changed only there,
 * with the row locked). A count or a receipt out of range is refused before the database is asked;
 * what needs the row (a count below what is held, a shelf over the maximum) is proven in ShopApiIT
 * and ServicesIT.
 */
class StockTest {

  private final Stock stock = new Stock(); // no database: these refusals come before any

  @Test
  void aCountBelowZeroOrAboveTheMaximumIsRefused() {
    assertThatThrownBy(() -> stock.count(1, -1, "count")).isInstanceOfAny(IllegalArgumentException.class, BusinessRuleViolation.class);
    assertThatThrownBy(() -> stock.count(1, Product.MAX_STOCK + 1, "count")).isInstanceOfAny(IllegalArgumentException.class, BusinessRuleViolation.class);
  }

  @Test
  void receivingNothingLessThanNothingOrATypingMistakeIsRefused() {
    assertThatThrownBy(() -> stock.receive(1, 0, "goods")).isInstanceOfAny(IllegalArgumentException.class, BusinessRuleViolation.class);
    assertThatThrownBy(() -> stock.receive(1, -1, "goods")).isInstanceOfAny(IllegalArgumentException.class, BusinessRuleViolation.class);
    assertThatThrownBy(() -> stock.receive(1, Product.MAX_STOCK + 1, "goods")).isInstanceOfAny(IllegalArgumentException.class, BusinessRuleViolation.class);
  }
}
