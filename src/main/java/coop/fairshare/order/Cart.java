package coop.fairshare.order;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a shopper means to buy: variant and quantity, nothing else (prices are looked up when it is
 * shown, so a cart never holds a stale price). Small on purpose: it lives in the HTTP session of a
 * guest, which the cluster copies between instances.
 */
public final class Cart implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_LINES = 30;
  public static final int MAX_QUANTITY = OrderLine.MAX_QUANTITY;

  private final LinkedHashMap<Long, Integer> lines = new LinkedHashMap<>();

  public Cart() {}

  public Cart(Map<Long, Integer> lines) {
    lines.forEach(this::set);
  }

  /** Adds units of a variant to what is already there. */
  public void add(long variantId, int quantity) {
    if (quantity < 1) {
      throw new CartRefused("cart.quantity.invalid", MAX_QUANTITY);
    }
    set(variantId, lines.getOrDefault(variantId, 0) + quantity);
  }

  /** Sets the quantity of a line; zero removes it. */
  public void set(long variantId, int quantity) {
    if (quantity == 0) {
      lines.remove(variantId);
      return;
    }
    if (quantity < 0 || quantity > MAX_QUANTITY) {
      throw new CartRefused("cart.quantity.invalid", MAX_QUANTITY);
    }
    if (!lines.containsKey(variantId) && lines.size() >= MAX_LINES) {
      throw new CartRefused("cart.tooManyLines", MAX_LINES);
    }
    lines.put(variantId, quantity);
  }

  public void remove(long variantId) {
    lines.remove(variantId);
  }

  /** Another cart's lines added to this one, as far as the limits allow (a guest's cart on signing in). */
  public void merge(Cart other) {
    other.lines.forEach((variant, quantity) -> {
      int merged = Math.min(MAX_QUANTITY, lines.getOrDefault(variant, 0) + quantity);
      if (lines.containsKey(variant) || lines.size() < MAX_LINES) {
        lines.put(variant, merged);
      }
    });
  }

  public Map<Long, Integer> lines() {
    return Collections.unmodifiableMap(lines);
  }

  public int units() {
    return lines.values().stream().mapToInt(Integer::intValue).sum();
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public Cart copy() {
    return new Cart(lines);
  }
}
