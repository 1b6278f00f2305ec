package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void countsPagesRoundingUp() {
    assertThat(new Page<>(List.of(), 0, 10, 0).totalPages()).isZero();
    assertThat(new Page<>(List.of(), 0, 10, 1).totalPages()).isEqualTo(1);
    assertThat(new Page<>(List.of(), 0, 10, 10).totalPages()).isEqualTo(1);
    assertThat(new Page<>(List.of(), 0, 10, 11).totalPages()).isEqualTo(2);
    assertThat(new Page<>(List.of(), 0, 1, 7).totalPages()).isEqualTo(7);
  }

  @Test
  void firstOfSeveralPagesHasANextButNoPrevious() {
    Page<String> first = new Page<>(List.of("a", "b"), 0, 2, 5);

    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
  }

  @Test
  void middlePageHasBoth() {
    Page<String> middle = new Page<>(List.of("c", "d"), 1, 2, 5);

    assertThat(middle.hasNext()).isTrue();
    assertThat(middle.hasPrevious()).isTrue();
  }

  @Test
  void lastPageHasNoNext() {
    Page<String> last = new Page<>(List.of("e"), 2, 2, 5);

    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();
  }

  @Test
  void anEmptyResultHasNeitherNextNorPrevious() {
    Page<String> empty = new Page<>(List.of(), 0, 24, 0);

    assertThat(empty.hasNext()).isFalse();
    assertThat(empty.hasPrevious()).isFalse();
  }

  @Test
  void refusesANegativePageOrAnEmptySize() {
    assertThatThrownBy(() -> new Page<>(List.of(), -1, 10, 0)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new Page<>(List.of(), 0, 0, 0)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void keepsItsOwnCopyOfTheItems() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, 0, 10, 2);

    items.add("c");

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theFirstRowOfAPageWithinBoundsIsItsOffset() {
    assertThat(Page.firstRow(0, 20)).isZero();
    assertThat(Page.firstRow(3, 20)).isEqualTo(60);
    assertThat(Page.firstRow(Page.MAX_PAGE, Page.MAX_SIZE)).isEqualTo(Page.MAX_PAGE * Page.MAX_SIZE);
  }

  @Test
  void aPageBeyondAnyListIsRefusedRatherThanWrappingToANegativeOffset() {
    // 2147483647 * 20 wraps to -20: the database was asked for a negative start position
    assertThat(((BadInput) org.assertj.core.api.Assertions.catchThrowable(() -> Page.firstRow(Integer.MAX_VALUE, 20))).messageKey()).isEqualTo("error.pageOutOfRange");
    assertThat(((BadInput) org.assertj.core.api.Assertions.catchThrowable(() -> Page.firstRow(-1, 20))).messageKey()).isEqualTo("error.pageOutOfRange");
    assertThat(((BadInput) org.assertj.core.api.Assertions.catchThrowable(() -> Page.requireWithinBounds(0, 101, 100))).messageKey()).isEqualTo("error.pageSizeOutOfRange");
    assertThat(((BadInput) org.assertj.core.api.Assertions.catchThrowable(() -> Page.firstRow(0, 0))).messageKey()).isEqualTo("error.pageSizeOutOfRange");
  }

  @Test
  void anUncountedPageOffersTheNextOnlyWhenOneFollowsEvenWhenItCameShort() {
    // a page of 3 that kept only 2 of its rows, with more after it: the next page is offered
    Page<String> short1 = Page.uncounted(List.of("a", "b"), true, 4, 3);
    assertThat(short1.hasNext()).isTrue();
    assertThat(short1.hasPrevious()).isTrue();
    assertThat(short1.items()).containsExactly("a", "b");

    Page<String> last = Page.uncounted(List.of("a"), false, 4, 3);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.totalPages()).isEqualTo(5);

    assertThat(Page.uncounted(List.of(), false, 0, 3).hasNext()).isFalse();
    assertThat(Page.uncounted(List.of(), false, 0, 3).totalPages()).isZero();
  }
}
