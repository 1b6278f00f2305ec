package coop.fairshare.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.SourcedTotal;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the treasurers' fund report: where money came from, months covered, arrears, the claims' tally, the period. */
class FundReportRulesTest {

  private static final Money THIRTY = Money.ofBaht(30);

  private static SourcedTotal total(EntrySource source, String kind, long creditBaht, long debitBaht) {
    return new SourcedTotal(source, kind, Money.ofBaht(creditBaht), Money.ofBaht(debitBaht));
  }

  @Test
  void moneyInIsToldByTheKeysTheFundsUseCasesPostWith() {
    MoneyIn in = MoneyIn.of(List.of(
        total(EntrySource.WELFARE, "welfare-in", 900, 0),
        total(EntrySource.SALE, "sale-split", 250, 0),
        total(EntrySource.WELFARE, "welfare-donation", 500, 0),
        total(EntrySource.WELFARE, "welfare-grant", 10_000, 0),
        total(EntrySource.WELFARE, "welfare-claim", 0, 1_600),
        total(EntrySource.REFUND, "sale-refund", 0, 5),
        total(EntrySource.MANUAL, "manual-7", 40, 0),
        total(EntrySource.REVERSAL, "reversal-12", 600, 0)));
    assertThat(in.of(IncomeSource.CONTRIBUTIONS)).isEqualTo(Money.ofBaht(900));
    assertThat(in.of(IncomeSource.SALES)).isEqualTo(Money.ofBaht(250));
    assertThat(in.of(IncomeSource.DONATIONS)).isEqualTo(Money.ofBaht(500));
    assertThat(in.of(IncomeSource.GRANTS)).isEqualTo(Money.ofBaht(10_000));
    assertThat(in.of(IncomeSource.OTHER)).isEqualTo(Money.ofBaht(640));
    assertThat(in.total()).isEqualTo(Money.ofBaht(12_290));
    // only the claims desk's payouts count as claims paid, not a refund's take-back
    assertThat(in.claimsPaid()).isEqualTo(Money.ofBaht(1_600));
  }

  @Test
  void everySourceIsListedEvenWithNothingIn() {
    MoneyIn none = MoneyIn.of(List.of());
    assertThat(none.bySource()).containsOnlyKeys(IncomeSource.values()).allSatisfy((s, m) -> assertThat(m).isEqualTo(Money.ZERO));
    assertThat(none.claimsPaid()).isEqualTo(Money.ZERO);
    // a contribution's key is welfare-in-<receipt>, a sale's sale-split-<ref>: only the kind matters
    assertThat(IncomeSource.of(EntrySource.WELFARE, "welfare-in")).isEqualTo(IncomeSource.CONTRIBUTIONS);
    assertThat(IncomeSource.of(EntrySource.MANUAL, "welfare-in")).isEqualTo(IncomeSource.OTHER);
    assertThat(IncomeSource.of(EntrySource.WELFARE, null)).isEqualTo(IncomeSource.OTHER);
  }

  @Test
  void monthsCoveredAreTheBalanceOverTheAverageMonthsPayoutRoundedDown() {
    // ฿12,000 paid over 12 months is ฿1,000 a month: ฿7,550 covers 7.5 months (7.55 rounded down)
    FundCover cover = new FundCover(Money.ofBaht(7_550), Money.ofBaht(12_000), 12);
    assertThat(cover.averageMonthlyPayout()).isEqualTo(Money.ofBaht(1_000));
    assertThat(cover.monthsCovered()).contains(new BigDecimal("7.5"));
    // the average is not rounded before dividing: ฿100 over 12 months, ฿100 held, is 12 months
    assertThat(new FundCover(Money.ofBaht(100), Money.ofBaht(100), 12).monthsCovered()).contains(new BigDecimal("12.0"));
    assertThat(new FundCover(Money.ZERO, Money.ofBaht(100), 12).monthsCovered()).contains(new BigDecimal("0.0"));
  }

  @Test
  void withNoPayoutsThereIsNoCoverToSpeakOf() {
    assertThat(new FundCover(Money.ofBaht(5_000), Money.ZERO, 12).monthsCovered()).isEmpty();
    assertThat(new FundCover(Money.ofBaht(5_000), Money.ZERO, 12).averageMonthlyPayout()).isEqualTo(Money.ZERO);
  }

  @Test
  void arrearsCountTheMonthsFromJoiningToLastMonthNotPaid() {
    YearMonth now = YearMonth.of(2026, 11);
    // joined in January: January to October due (10 months), 7 paid
    ContributionArrears behind = ContributionArrears.of(YearMonth.of(2026, 1), now, 7, THIRTY.times(7), m -> THIRTY);
    assertThat(behind.monthsOwed()).isEqualTo(3);
    assertThat(behind.amountOwed()).isEqualTo(Money.ofBaht(90));
    assertThat(behind.isBehind()).isTrue();
    // all ten paid: nothing owed; this month is not yet due
    assertThat(ContributionArrears.of(YearMonth.of(2026, 1), now, 10, THIRTY.times(10), m -> THIRTY)).isEqualTo(ContributionArrears.NONE);
    // joined this month: nothing due yet
    assertThat(ContributionArrears.of(now, now, 0, Money.ZERO, m -> THIRTY).isBehind()).isFalse();
  }

  @Test
  void eachMonthOwedIsAtTheContributionOfItsOwnVersion() {
    // the contribution rose to ฿50 from July: January to October due is 6 × 30 + 4 × 50 = ฿380;
    // she paid January to April at ฿30, so she owes May, June (฿30 each) and July to October (฿50)
    ContributionArrears owed = ContributionArrears.of(YearMonth.of(2026, 1), YearMonth.of(2026, 11), 4, THIRTY.times(4),
        m -> m.isBefore(YearMonth.of(2026, 7)) ? THIRTY : Money.ofBaht(50));
    assertThat(owed.monthsOwed()).isEqualTo(6);
    assertThat(owed.amountOwed()).isEqualTo(Money.ofBaht(260));
  }

  @Test
  void groupsAddUpTheirMembersBehindAndLeaveOutThoseWhoAreNot() {
    GroupArrears.Tally tally = new GroupArrears.Tally();
    tally.add(1, new ContributionArrears(3, Money.ofBaht(90)));
    tally.add(1, new ContributionArrears(1, Money.ofBaht(30)));
    tally.add(1, ContributionArrears.NONE);
    tally.add(2, new ContributionArrears(5, Money.ofBaht(150)));
    tally.add(3, ContributionArrears.NONE);
    assertThat(tally.groups()).containsExactly(new GroupArrears(2, 1, 5, Money.ofBaht(150)), new GroupArrears(1, 2, 4, Money.ofBaht(120)));
  }

  @Test
  void claimsAreTalliedByBenefitRegionAndEventMonthPaidWaitingOrRejected() {
    Map<Long, String> region = Map.of(1L, "NORTH", 2L, "ISAN");
    ClaimTally tally = ClaimTally.of(List.of(
        new ClaimTally.Claim(1, Benefit.HOSPITAL, LocalDate.of(2026, 3, 4), ClaimState.PAID, Money.ofBaht(600)),
        new ClaimTally.Claim(1, Benefit.HOSPITAL, LocalDate.of(2026, 3, 20), ClaimState.REJECTED, Money.ofBaht(200)),
        new ClaimTally.Claim(2, Benefit.CHILDBIRTH, LocalDate.of(2026, 5, 1), ClaimState.WAITING_FIRST, Money.ofBaht(1_000)),
        new ClaimTally.Claim(2, Benefit.DEATH, LocalDate.of(2026, 5, 9), ClaimState.QUEUED, Money.ofBaht(10_000)),
        new ClaimTally.Claim(9, Benefit.DISASTER, LocalDate.of(2026, 5, 9), ClaimState.WAITING_SECOND, Money.ofBaht(2_000))), region::get);
    assertThat(tally.byBenefit()).extracting(ClaimTally.Line::key).containsExactly(Benefit.values());
    assertThat(tally.byBenefit().get(1).counts()).isEqualTo(new ClaimTally.Counts(1, Money.ofBaht(600), 0, Money.ZERO, 1, Money.ofBaht(200)));
    assertThat(tally.byBenefit().get(2).counts()).isEqualTo(ClaimTally.Counts.NONE);
    // queued (approved, waiting for money) counts as waiting, as do both approvals
    assertThat(tally.byRegion()).extracting(l -> l.key() + ":" + l.counts().waiting() + "/" + l.counts().waitingAmount())
        .containsExactly("-:1/" + Money.ofBaht(2_000), "ISAN:2/" + Money.ofBaht(11_000), "NORTH:0/" + Money.ZERO);
    assertThat(tally.byMonth()).extracting(ClaimTally.Line::key).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 5));
    assertThat(tally.byMonth().get(0).counts().count()).isEqualTo(2);
    assertThat(tally.all()).isEqualTo(new ClaimTally.Counts(1, Money.ofBaht(600), 3, Money.ofBaht(13_000), 1, Money.ofBaht(200)));
  }

  @Test
  void thePeriodIsThisYearUnlessAskedAndNeverBackwards() {
    ReportPeriod year = ReportPeriod.of(null, null, YearMonth.of(2026, 11));
    assertThat(year).isEqualTo(new ReportPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 11)));
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(ReportPeriod.of(YearMonth.of(2025, 12), null, YearMonth.of(2026, 2)).to()).isEqualTo(YearMonth.of(2026, 2));
    assertThat(new ReportPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 3)).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThatThrownBy(() -> new ReportPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 2))).isInstanceOf(BadInput.class).hasMessageContaining("welfare.report.periodOrder");
    new ReportPeriod(YearMonth.of(2017, 1), YearMonth.of(2026, 12));
    assertThatThrownBy(() -> new ReportPeriod(YearMonth.of(2016, 12), YearMonth.of(2026, 12))).isInstanceOf(BadInput.class)
        .hasMessageContaining("welfare.report.tooLong");
  }

  @Test
  void aMonthIsTypedAsYearAndMonthOrLeftOut() {
    assertThat(ReportPeriod.month(" 2026-03 ", "from")).isEqualTo(YearMonth.of(2026, 3));
    assertThat(ReportPeriod.month("", "from")).isNull();
    assertThatThrownBy(() -> ReportPeriod.month("3/2026", "to")).isInstanceOf(BadInput.class).hasMessageContaining("welfare.report.monthInvalid")
        .satisfies(e -> assertThat(((BadInput) e).field()).contains("to"));
  }
}
