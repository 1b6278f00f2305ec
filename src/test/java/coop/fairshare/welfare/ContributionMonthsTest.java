package coop.fairshare.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContributionMonthsTest {

  private static final YearMonth JOINED = YearMonth.of(2026, 1);
  private static final YearMonth NOW = YearMonth.of(2026, 11);

  private static List<YearMonth> months(String... m) {
    return java.util.Arrays.stream(m).map(YearMonth::parse).toList();
  }

  @Test
  void monthsComeInOrderAndMayBePaidUpToAYearAhead() {
    ContributionMonths paid = new ContributionMonths(months("2026-03", "2026-01", "2027-11"));
    assertThat(paid.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 3), YearMonth.of(2027, 11));
    paid.check(JOINED, NOW, Set.of(YearMonth.of(2026, 2)));
  }

  @Test
  void eachRefusalSaysWhy() {
    assertThatThrownBy(() -> new ContributionMonths(List.of())).isInstanceOf(BadInput.class).hasMessageContaining("welfare.contribution.months");
    assertThatThrownBy(() -> new ContributionMonths(months("2026-02", "2026-02"))).isInstanceOf(BadInput.class).hasMessageContaining("welfare.contribution.twice");
    assertThatThrownBy(() -> new ContributionMonths(months("2025-12")).check(JOINED, NOW, Set.of())).isInstanceOf(BadInput.class)
        .hasMessageContaining("welfare.contribution.beforeJoining");
    assertThatThrownBy(() -> new ContributionMonths(months("2027-12")).check(JOINED, NOW, Set.of())).isInstanceOf(BadInput.class)
        .hasMessageContaining("welfare.contribution.tooFarAhead");
    assertThatThrownBy(() -> new ContributionMonths(months("2026-02", "2026-04", "2026-05")).check(JOINED, NOW, Set.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5))))
        .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.arguments()).containsExactly("2026-04, 2026-05"));
  }
}
