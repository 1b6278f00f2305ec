package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A part kept under a {@link DataKey} is found again only for the very same figures. */
class DataKeyTest {

  record Row(String name, Money amount) {}

  @Test
  void theSameFiguresReadTwiceGiveOneKeyAndAnyChangedFigureAnother() {
    String first = DataKey.of(List.of(new Row("ก", Money.ofSatang(100)), new Row("b", Money.ofSatang(2))), "YEAR");
    assertThat(DataKey.of(List.of(new Row("ก", Money.ofSatang(100)), new Row("b", Money.ofSatang(2))), "YEAR")).isEqualTo(first);
    assertThat(DataKey.of(List.of(new Row("ก", Money.ofSatang(101)), new Row("b", Money.ofSatang(2))), "YEAR")).isNotEqualTo(first);
    assertThat(DataKey.of(List.of(new Row("ก", Money.ofSatang(100))), "YEAR")).isNotEqualTo(first);
    assertThat(DataKey.of(List.of(new Row("ก", Money.ofSatang(100)), new Row("b", Money.ofSatang(2))), "MONTH")).isNotEqualTo(first);
    assertThat(first).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void valuesAreNotRunTogether() {
    assertThat(DataKey.of("ab", "c")).isNotEqualTo(DataKey.of("a", "bc"));
    assertThat(DataKey.of("a", null)).isNotEqualTo(DataKey.of("a")).isNotEqualTo(DataKey.of("anull"));
  }
}
