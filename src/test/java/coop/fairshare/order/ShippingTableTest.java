package coop.fairshare.order;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingTableTest {

  private final ShippingTable table = new ShippingTable(List.of(
      new ShippingBand(2000, Money.ofBaht(65)), new ShippingBand(500, Money.ofBaht(40)), new ShippingBand(1000, Money.ofBaht(50))));

  @Test
  void aParcelPaysTheLightestBandItFitsIn() {
    assertThat(table.feeFor(1)).contains(Money.ofBaht(40));
    assertThat(table.feeFor(500)).contains(Money.ofBaht(40));
    assertThat(table.feeFor(501)).contains(Money.ofBaht(50));
    assertThat(table.feeFor(2000)).contains(Money.ofBaht(65));
  }

  @Test
  void aParcelHeavierThanTheLastBandCannotBeSent() {
    assertThat(table.feeFor(2001)).isEmpty();
    assertThat(table.heaviestParcelGrams()).isEqualTo(2000);
  }

  @Test
  void bandsAreKeptInWeightOrder() {
    assertThat(table.bands()).extracting(ShippingBand::maxWeightGrams).containsExactly(500, 1000, 2000);
  }

  @Test
  void aHeavierBandNeverCostsLess() {
    assertThatThrownBy(() -> new ShippingTable(List.of(new ShippingBand(500, Money.ofBaht(60)), new ShippingBand(1000, Money.ofBaht(50)))))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void refusesEmptyTablesTwoBandsEndingAtOneWeightAndNonsenseBands() {
    assertThatThrownBy(() -> new ShippingTable(List.of())).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ShippingTable(List.of(new ShippingBand(500, Money.ofBaht(40)), new ShippingBand(500, Money.ofBaht(45)))))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ShippingBand(0, Money.ofBaht(10))).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ShippingBand(100_001, Money.ofBaht(10))).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ShippingBand(500, Money.ofSatang(-1))).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> table.feeFor(0)).isInstanceOf(BusinessRuleViolation.class);
  }
}
