package coop.fairshare.order;

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
      throw new IllegalArgumentException("the shipping table needs at least one band");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).maxWeightGrams() == bands.get(i - 1).maxWeightGrams()) {
        throw new IllegalArgumentException("two bands end at " + bands.get(i).maxWeightGrams() + " g");
      }
      if (bands.get(i).fee().compareTo(bands.get(i - 1).fee()) < 0) {
        throw new IllegalArgumentException("a heavier band cannot cost less than a lighter one");
      }
    }
  }

  public Optional<Money> feeFor(int grams) {
    if (grams <= 0) {
      throw new IllegalArgumentException("a parcel weighs something");
    }
    return bands.stream().filter(b -> grams <= b.maxWeightGrams()).findFirst().map(ShippingBand::fee);
  }

  public int heaviestParcelGrams() {
    return bands.get(bands.size() - 1).maxWeightGrams();
  }
}
