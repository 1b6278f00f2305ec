package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cart priced from the catalog as it is now: each line with the product's name and price, and
 * which group sends it. Lines are grouped by group because each group packs its own parcel.
 */
public record Basket(List<Line> lines) implements Serializable {

  public Basket {
    lines = List.copyOf(lines);
  }

  /** One priced line; the variant labels are null for a product sold in one form. */
  public record Line(long productId, long variantId, long groupId, String sku, String nameTh, String nameEn, String variantTh, String variantEn,
      Money unitPrice, int quantity, int unitWeightGrams, int available) implements Serializable {

    public Line {
      Objects.requireNonNull(unitPrice, "unitPrice");
      if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
        throw new BadInput("cart.quantity.invalid", OrderLine.MAX_QUANTITY).on("quantity");
      }
    }

    public Money lineTotal() {
      return unitPrice.times(quantity);
    }

    public int weightGrams() {
      return unitWeightGrams * quantity;
    }

    public boolean isShort() {
      return quantity > available;
    }

    public String name(java.util.Locale locale) {
      String name = coop.fairshare.shared.Bilingual.pick(locale, nameTh, nameEn);
      String variant = coop.fairshare.shared.Bilingual.pick(locale, variantTh, variantEn);
      return variant == null ? name : name + " (" + variant + ")";
    }
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public Money itemsTotal() {
    return lines.stream().map(Line::lineTotal).reduce(Money.ZERO, Money::plus);
  }

  public int units() {
    return lines.stream().mapToInt(Line::quantity).sum();
  }

  /** The lines each group sends, in the order the groups first appear in the cart. */
  public Map<Long, List<Line>> byGroup() {
    Map<Long, List<Line>> groups = new LinkedHashMap<>();
    for (Line line : lines) {
      groups.computeIfAbsent(line.groupId(), g -> new java.util.ArrayList<>()).add(line);
    }
    return groups;
  }

  /** Shipping: one parcel per group, each charged by its weight from the table. */
  public Money shippingFee(ShippingTable table) {
    Money total = Money.ZERO;
    for (List<Line> parcel : byGroup().values()) {
      total = total.plus(parcelFee(table, parcel));
    }
    return total;
  }

  /** The shipping, or empty when a parcel is heavier than the table goes (the shopper must split the order). */
  public Optional<Money> shippingFeeIfSendable(ShippingTable table) {
    try {
      return Optional.of(shippingFee(table));
    } catch (ParcelTooHeavy e) {
      return Optional.empty();
    }
  }

  static Money parcelFee(ShippingTable table, List<Line> parcel) {
    int grams = parcel.stream().mapToInt(Line::weightGrams).sum();
    return table.feeFor(grams).orElseThrow(() -> new ParcelTooHeavy(grams, table.heaviestParcelGrams()));
  }
}
