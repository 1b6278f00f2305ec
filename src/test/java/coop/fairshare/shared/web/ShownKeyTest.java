package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's key is worked out once for the values it read, and anew for any value read again. */
class ShownKeyTest {

  record Row(String name, Money amount) {}

  @Test
  void theSameValuesGiveTheKeyDataKeyGives() {
    ShownKey key = new ShownKey();
    List<Row> rows = List.of(new Row("ก", Money.ofSatang(100)));
    assertThat(key.of(rows, "YEAR")).isEqualTo(DataKey.of(rows, "YEAR")).isSameAs(key.of(rows, "YEAR"));
  }

  @Test
  void aValueReadAnewIsKeyedAnew() {
    ShownKey key = new ShownKey();
    String first = key.of(List.of(new Row("ก", Money.ofSatang(100))), "YEAR");
    assertThat(key.of(List.of(new Row("ก", Money.ofSatang(101))), "YEAR")).isNotEqualTo(first).isEqualTo(DataKey.of(List.of(new Row("ก", Money.ofSatang(101))), "YEAR"));
    assertThat(key.of(List.of(new Row("ก", Money.ofSatang(100))), "YEAR")).as("read again: the same figures, the same key").isEqualTo(first);
    assertThat(key.of(List.of(new Row("ก", Money.ofSatang(100))))).as("fewer values").isNotEqualTo(first);
  }

  @Test
  void itIsWorkedOutOnceForTheSameInstances() {
    ShownKey key = new ShownKey();
    List<Row> rows = new ArrayList<>(List.of(new Row("a", Money.ofSatang(1))));
    String first = key.of(rows);
    // the contract: a page never changes what it read in place; if it did, the key would not see it
    rows.add(new Row("b", Money.ofSatang(2)));
    assertThat(key.of(rows)).isSameAs(first);
    assertThat(key.of(new ArrayList<>(rows))).isNotEqualTo(first);
  }
}
