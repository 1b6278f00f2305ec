package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The weight-based shipping fees: a parcel pays the fee of the lightest band it fits in. Heavier
 * bands never cost less than lighter ones; a parcel heavier than the last band cannot be sent.
 */
public record ShippingTable(List<ShippingBand> bands) implements Serializable {

  public ShippingTable {
    bands = bands.stream().sorted(Comparator.comparingInt(ShippingBand::maxWeightGrams)).toList();
    if (bands.isEmpty()) {
      throw new BadInput("shipping.table.empty");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).maxWeightGrams() == bands.get(i - 1).maxWeightGrams()) {
        throw new BadInput("shipping.table.sameWeight", bands.get(i).maxWeightGrams());
      }
      if (bands.get(i).fee().compareTo(bands.get(i - 1).fee()) < 0) {
        throw new BadInput("shipping.table.cheaperHeavier");
      }
    }
  }

  public Optional<Money> feeFor(int grams) {
    if (grams <= 0) {
      throw new BadInput("shipping.weight.positive");
    }
    return bands.stream().filter(b -> grams <= b.maxWeightGrams()).findFirst().map(ShippingBand::fee);
  }

  public int heaviestParcelGrams() {
    return bands.get(bands.size() - 1).maxWeightGrams();
  }
}
