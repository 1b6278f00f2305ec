package coop.fairshare.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CartTest {

  @Test
  void addingTheSameVariantAgainAddsToItsLine() {
    Cart cart = new Cart();
    cart.add(7, 2);
    cart.add(9, 1);
    cart.add(7, 3);

    assertThat(cart.lines()).containsExactly(Map.entry(7L, 5), Map.entry(9L, 1));
    assertThat(cart.units()).isEqualTo(6);
  }

  @Test
  void negativeZeroAndHugeQuantitiesAreRefusedAndTheCartStaysAsItWas() {
    Cart cart = new Cart();
    cart.add(7, 98);

    assertThatThrownBy(() -> cart.add(7, -1)).isInstanceOf(CartRefused.class).hasMessageContaining("cart.quantity.invalid");
    assertThatThrownBy(() -> cart.add(7, 0)).isInstanceOf(CartRefused.class);
    assertThatThrownBy(() -> cart.add(7, 2)).as("99 at most in one line").isInstanceOf(CartRefused.class);
    assertThatThrownBy(() -> cart.set(7, 100)).isInstanceOf(CartRefused.class);
    assertThat(cart.lines()).containsExactly(Map.entry(7L, 98));
  }

  @Test
  void settingZeroRemovesTheLine() {
    Cart cart = new Cart(Map.of(7L, 2));
    cart.set(7, 0);

    assertThat(cart.isEmpty()).isTrue();
  }

  @Test
  void aCartHoldsAtMostThirtyLines() {
    Cart cart = new Cart();
    for (long variant = 1; variant <= Cart.MAX_LINES; variant++) {
      cart.add(variant, 1);
    }

    assertThatThrownBy(() -> cart.add(999, 1)).isInstanceOf(CartRefused.class).hasMessageContaining("cart.tooManyLines");
    cart.add(1, 1);
    assertThat(cart.lines()).hasSize(Cart.MAX_LINES);
  }

  @Test
  void aGuestCartMergesIntoTheSavedOneWithinTheLimits() {
    Cart saved = new Cart(Map.of(7L, 90));
    Cart guest = new Cart();
    guest.add(7, 20);
    guest.add(8, 1);

    saved.merge(guest);

    assertThat(saved.lines()).containsEntry(7L, 99).containsEntry(8L, 1);
  }

  @Test
  void aCopyIsIndependent() {
    Cart cart = new Cart(Map.of(7L, 2));
    Cart copy = cart.copy();
    copy.add(7, 1);

    assertThat(cart.lines()).containsEntry(7L, 2);
  }
}
