package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchedPageTest {

  /** A page with one more filter before the search, as the member register has. */
  static final class Register extends SearchedPage {
    String group;

    @Override
    protected Map<String, String> filters() {
      Map<String, String> filters = new LinkedHashMap<>();
      filters.put("group", group);
      filters.putAll(super.filters());
      return filters;
    }
  }

  @Test
  void anotherPageOfTheSameSearchCarriesItsFiltersEncodedAndLeavesOutTheBlankOnes() {
    Register register = new Register();
    assertThat(register.pageLink(3)).isEqualTo("?page=3");

    register.setQ("  ทอผ้า & <b>  ");
    assertThat(register.pageLink(1)).isEqualTo("?page=1&q=%E0%B8%97%E0%B8%AD%E0%B8%9C%E0%B9%89%E0%B8%B2+%26+%3Cb%3E");

    register.group = "WV-01";
    register.setQ(" ");
    assertThat(register.pageLink(0)).isEqualTo("?page=0&group=WV-01");
  }

  @Test
  void aPageNumberTypedOutOfRangeIsReadAsTheNearestOne() {
    Register register = new Register();
    register.setPage(-5);
    assertThat(register.currentPage()).isZero();
    register.setPage(Integer.MAX_VALUE);
    assertThat(register.currentPage()).isEqualTo(Page.MAX_PAGE);
    register.setPage(7);
    assertThat(register.currentPage()).isEqualTo(7);
  }
}
