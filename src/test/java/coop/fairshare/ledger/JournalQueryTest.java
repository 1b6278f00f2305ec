package coop.fairshare.ledger;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalQueryTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

  @Test
  void everyFilterIsOptional() {
    JournalQuery query = new JournalQuery(null, null, null, null, 0, 50);
    assertThat(query.accountId()).isNull();
    assertThat(query.from()).isNull();
    assertThat(query.to()).isNull();
    assertThat(query.source()).isNull();
  }

  @Test
  void keepsItsFilters() {
    JournalQuery query = new JournalQuery(7L, MARCH_1, MARCH_31, EntrySource.SALE, 3, 25);
    assertThat(query.accountId()).isEqualTo(7L);
    assertThat(query.from()).isEqualTo(MARCH_1);
    assertThat(query.to()).isEqualTo(MARCH_31);
    assertThat(query.source()).isEqualTo(EntrySource.SALE);
    assertThat(query.page()).isEqualTo(3);
    assertThat(query.size()).isEqualTo(25);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 1_000, coop.fairshare.shared.Page.MAX_PAGE})
  void acceptsAnyPageFromZeroToTheLast(int page) {
    assertThat(new JournalQuery(null, null, null, null, page, 50).page()).isEqualTo(page);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE, coop.fairshare.shared.Page.MAX_PAGE + 1, Integer.MAX_VALUE})
  void refusesANegativePageOrOneBeyondAnyList(int page) {
    assertThatThrownBy(() -> new JournalQuery(null, null, null, null, page, 50)).isInstanceOf(coop.fairshare.shared.BadInput.class).hasMessageContaining("error.pageOutOfRange");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 200})
  void acceptsAPageSizeFromOneToTwoHundred(int size) {
    assertThat(new JournalQuery(null, null, null, null, 0, size).size()).isEqualTo(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
  void refusesAPageSizeOutsideOneToTwoHundred(int size) {
    assertThatThrownBy(() -> new JournalQuery(null, null, null, null, 0, size)).isInstanceOf(coop.fairshare.shared.BadInput.class).hasMessageContaining("error.pageSizeOutOfRange");
  }

  @Test
  void refusesAFromDateAfterTheToDate() {
    assertThatThrownBy(() -> new JournalQuery(null, MARCH_31, MARCH_1, null, 0, 50))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("period.order");
  }

  @Test
  void acceptsASingleDay() {
    assertThat(new JournalQuery(null, MARCH_1, MARCH_1, null, 0, 50).from()).isEqualTo(MARCH_1);
  }

  @Test
  void acceptsAnOpenEndedRangeOnEitherSide() {
    assertThat(new JournalQuery(null, MARCH_31, null, null, 0, 50).from()).isEqualTo(MARCH_31);
    assertThat(new JournalQuery(null, null, MARCH_1, null, 0, 50).to()).isEqualTo(MARCH_1);
  }
}
