package coop.fairshare.order;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Objects;

/** Parcels up to this weight pay this fee. */
public record ShippingBand(int maxWeightGrams, Money fee) implements Serializable {

  public ShippingBand {
    if (maxWeightGrams <= 0 || maxWeightGrams > 100_000) {
      throw new IllegalArgumentException("a band's weight is between 1 g and 100 kg");
    }
    Objects.requireNonNull(fee, "fee");
    if (fee.isNegative()) {
      throw new IllegalArgumentException("a shipping fee cannot be negative");
    }
  }
}
