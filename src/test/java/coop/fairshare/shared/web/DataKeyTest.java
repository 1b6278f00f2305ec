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

  private record Entry(long id, java.time.LocalDate day, List<Row> lines, java.util.Optional<String> note) {}

  @Test
  void aFigureDeepInsideRecordsListsAndMapsIsAChangeToo() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 30);
    Entry entry = new Entry(7, day, List.of(new Row("a", Money.ofSatang(5)), new Row("b", Money.ofSatang(6))), java.util.Optional.of("x"));
    String first = DataKey.of(List.of(entry), java.util.Map.of("k", entry));
    assertThat(DataKey.of(List.of(new Entry(7, day, List.of(new Row("a", Money.ofSatang(5)), new Row("b", Money.ofSatang(6))), java.util.Optional.of("x"))),
        java.util.Map.of("k", entry))).isEqualTo(first);
    Entry oneSatang = new Entry(7, day, List.of(new Row("a", Money.ofSatang(5)), new Row("b", Money.ofSatang(7))), java.util.Optional.of("x"));
    assertThat(DataKey.of(List.of(oneSatang), java.util.Map.of("k", entry))).isNotEqualTo(first);
    assertThat(DataKey.of(List.of(entry), java.util.Map.of("k", oneSatang))).isNotEqualTo(first);
    assertThat(DataKey.of(List.of(new Entry(7, day.plusDays(1), entry.lines(), entry.note())), java.util.Map.of("k", entry))).isNotEqualTo(first);
    assertThat(DataKey.of(List.of(new Entry(7, day, entry.lines(), java.util.Optional.empty())), java.util.Map.of("k", entry))).isNotEqualTo(first);
    assertThat(DataKey.of(List.of(new Entry(8, day, entry.lines(), entry.note())), java.util.Map.of("k", entry))).isNotEqualTo(first);
  }

  @Test
  void aRecordsTextNamesItsKindAndEveryComponentInOrder() {
    StringBuilder text = new StringBuilder();
    DataKey.write(text, new Row("ab", Money.ofSatang(-12)));
    assertThat(text.toString()).matches("r[0-9]+\\{s2:abm-12;}");
    StringBuilder other = new StringBuilder();
    DataKey.write(other, new Entry(1, java.time.LocalDate.of(2026, 1, 1), List.of(), java.util.Optional.empty()));
    assertThat(other.toString()).as("another kind of record, another tag").doesNotStartWith(text.substring(0, text.indexOf("{") + 1));
    assertThat(DataKey.of(new Row("ab", Money.ofSatang(1)))).isNotEqualTo(DataKey.of(List.of("ab", Money.ofSatang(1))));
  }

  @Test
  void valuesAreNotRunTogether() {
    assertThat(DataKey.of("ab", "c")).isNotEqualTo(DataKey.of("a", "bc"));
    assertThat(DataKey.of("a", null)).isNotEqualTo(DataKey.of("a")).isNotEqualTo(DataKey.of("anull"));
    assertThat(DataKey.of(List.of("a", "b"), "c")).isNotEqualTo(DataKey.of(List.of("a"), List.of("b", "c")));
    assertThat(DataKey.of(12L, 3L)).isNotEqualTo(DataKey.of(1L, 23L));
  }
}
