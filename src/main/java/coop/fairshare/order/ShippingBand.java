package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Objects;

/** Parcels up to this weight pay this fee. */
public record ShippingBand(int maxWeightGrams, Money fee) implements Serializable {

  public ShippingBand {
    if (maxWeightGrams <= 0 || maxWeightGrams > 100_000) {
      throw new BadInput("shipping.band.weight").on("maxWeightGrams");
    }
    Objects.requireNonNull(fee, "fee");
    if (fee.isNegative()) {
      throw new BadInput("shipping.band.fee").on("fee");
    }
  }
}
