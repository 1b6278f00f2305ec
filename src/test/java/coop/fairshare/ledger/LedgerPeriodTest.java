package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.fairshare.shared.BusinessRuleViolation;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LedgerPeriodTest {

  private static final YearMonth FIRST = YearMonth.of(2020, 1);
  private static final YearMonth NOW = YearMonth.of(2026, 11);

  @Test
  void aFinishedMonthOfTheLedgerCanBeClosed() {
    assertThatCode(() -> LedgerPeriod.requireClosable(YearMonth.of(2026, 10), FIRST, NOW)).doesNotThrowAnyException();
    assertThatCode(() -> LedgerPeriod.requireClosable(FIRST, FIRST, NOW)).doesNotThrowAnyException();
  }

  @Test
  void aMonthBeforeTheLedgersFirstIsRefused() {
    assertThat(refusal(YearMonth.of(1990, 1))).isEqualTo("ledger.beforeFirstMonth");
    assertThat(refusal(YearMonth.of(2019, 12))).isEqualTo("ledger.beforeFirstMonth");
    assertThat(refusal(YearMonth.of(-5, 1))).isEqualTo("ledger.beforeFirstMonth");
  }

  @Test
  void thisMonthOrALaterOneIsRefused() {
    assertThat(refusal(NOW)).isEqualTo("ledger.closeFutureMonth");
    assertThat(refusal(YearMonth.of(999_999, 1))).isEqualTo("ledger.closeFutureMonth");
  }

  private static String refusal(YearMonth month) {
    Throwable thrown = catchThrowable(() -> LedgerPeriod.requireClosable(month, FIRST, NOW));
    assertThat(thrown).isInstanceOf(BusinessRuleViolation.class);
    return ((BusinessRuleViolation) thrown).messageKey();
  }
}
