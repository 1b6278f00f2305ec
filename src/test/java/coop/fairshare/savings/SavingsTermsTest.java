package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A product's rules, each refused in words (and naming its field) when it makes no sense. */
class SavingsTermsTest {

  /** The demo's compulsory savings: ฿100 a month, 3.5 %, ฿100 stays in, over ฿5,000 needs a second treasurer, posted monthly. */
  private static final SavingsTerms COMPULSORY = new SavingsTerms(SavingsKind.COMPULSORY_MONTHLY, Money.ofBaht(100), 350, Money.ofBaht(100), Money.ofBaht(5000),
      InterestPosting.MONTHLY);

  @Test
  void aWithdrawalLeavesTheMinimumInAndIsRefusedWithWhatCouldBeTaken() {
    assertThat(COMPULSORY.withdrawable(Money.ofBaht(1000))).isEqualTo(Money.ofBaht(900));
    assertThat(COMPULSORY.withdrawable(Money.ofBaht(50))).isEqualTo(Money.ZERO);
    COMPULSORY.checkWithdrawal(Money.ofBaht(1000), Money.ofBaht(900));
    assertThatThrownBy(() -> COMPULSORY.checkWithdrawal(Money.ofBaht(1000), Money.ofSatang(90001)))
        .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
          assertThat(e.messageKey()).isEqualTo("savings.withdrawal.tooMuch");
          assertThat(e.arguments()).containsExactly("900.00");
          assertThat(e.field()).contains("amount");
        });
    assertThatThrownBy(() -> COMPULSORY.checkWithdrawal(Money.ofBaht(1000), Money.ZERO))
        .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("savings.amount.positive"));
  }

  @Test
  void onlyAWithdrawalOverTheLimitWaitsForASecondTreasurer() {
    assertThat(COMPULSORY.needsSecondApproval(Money.ofBaht(5000))).isFalse();
    assertThat(COMPULSORY.needsSecondApproval(Money.ofSatang(500001))).isTrue();
  }

  @Test
  void interestIsPostedForTheMonthOrTheYearADayFallsIn() {
    assertThat(InterestPosting.MONTHLY.periodOf(LocalDate.of(2026, 2, 14))).isEqualTo(new InterestPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    assertThat(InterestPosting.YEARLY.periodOf(LocalDate.of(2026, 2, 14))).isEqualTo(new InterestPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void rulesThatMakeNoSenseAreRefusedBesideTheirField() {
    assertRefused(() -> new SavingsTerms(SavingsKind.COMPULSORY_MONTHLY, Money.ZERO, 350, Money.ZERO, Money.ofBaht(1), InterestPosting.MONTHLY),
        "savings.product.monthlyAmount.required", "monthlyAmount");
    assertRefused(() -> new SavingsTerms(SavingsKind.VOLUNTARY, Money.ofBaht(100), 350, Money.ZERO, Money.ofBaht(1), InterestPosting.MONTHLY),
        "savings.product.monthlyAmount.voluntary", "monthlyAmount");
    assertRefused(() -> new SavingsTerms(SavingsKind.VOLUNTARY, null, 2001, Money.ZERO, Money.ofBaht(1), InterestPosting.MONTHLY),
        "savings.product.rate", "annualRateBasisPoints");
    assertRefused(() -> new SavingsTerms(SavingsKind.VOLUNTARY, null, -1, Money.ZERO, Money.ofBaht(1), InterestPosting.MONTHLY),
        "savings.product.rate", "annualRateBasisPoints");
    assertRefused(() -> new SavingsTerms(SavingsKind.VOLUNTARY, null, 0, Money.ofSatang(-1), Money.ofBaht(1), InterestPosting.MONTHLY),
        "savings.product.minimumBalance", "minimumBalance");
    assertRefused(() -> new SavingsTerms(SavingsKind.VOLUNTARY, null, 0, Money.ZERO, Money.ZERO, InterestPosting.MONTHLY),
        "savings.product.approvalAbove", "approvalAbove");
    assertRefused(() -> new SavingsTerms(null, null, 0, Money.ZERO, Money.ofBaht(1), InterestPosting.MONTHLY), "savings.product.kind", "kind");
    assertRefused(() -> new SavingsTerms(SavingsKind.VOLUNTARY, null, 0, Money.ZERO, Money.ofBaht(1), null), "savings.product.posting", "interestPosting");
    // voluntary with no monthly amount is fine, and a zero rate too
    assertThat(new SavingsTerms(SavingsKind.VOLUNTARY, null, 0, Money.ZERO, Money.ofBaht(1), InterestPosting.YEARLY).monthlyAmount()).isEqualTo(Money.ZERO);
  }

  private static void assertRefused(Runnable making, String key, String field) {
    assertThatThrownBy(making::run).isInstanceOfSatisfying(BadInput.class, e -> {
      assertThat(e.messageKey()).isEqualTo(key);
      assertThat(e.field()).contains(field);
    });
  }
}
