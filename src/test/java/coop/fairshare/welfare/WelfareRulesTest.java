package coop.fairshare.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo scheme "สัจจะวันละบาท" judged at every edge the issue names, one row per case. */
class WelfareRulesTest {

  private static final WelfareRules RULES = WelfareRules.oneBahtADay(LocalDate.of(2020, 1, 1));

  /** A member who joined the fund on a day and paid every month up to the event but the ones named. */
  private static MemberStanding member(String born, String joined, String event, String... unpaid) {
    LocalDate joinedOn = LocalDate.parse(joined);
    Set<YearMonth> paid = new HashSet<>();
    for (YearMonth m = YearMonth.from(joinedOn); !m.isAfter(YearMonth.from(LocalDate.parse(event))); m = m.plusMonths(1)) {
      paid.add(m);
    }
    for (String m : unpaid) {
      paid.remove(YearMonth.parse(m));
    }
    return new MemberStanding(born == null ? null : LocalDate.parse(born), joinedOn, paid);
  }

  private static ClaimFacts claim(Benefit benefit, String event, int nights, int children, Long disasterBaht) {
    return new ClaimFacts(benefit, LocalDate.parse(event), nights, children, disasterBaht == null ? null : Money.ofBaht(disasterBaht));
  }

  static Stream<Arguments> cases() {
    ClaimsSoFar none = ClaimsSoFar.NONE;
    return Stream.of(
        // waiting period: 180 days after 2026-01-10 is 2026-07-09, the first eligible day
        Arguments.of("childbirth on the 179th day waits", member(null, "2026-01-10", "2026-07-08"), claim(Benefit.CHILDBIRTH, "2026-07-08", 0, 1, null), none, false, 0, "waiting"),
        Arguments.of("childbirth on the 180th day is paid", member(null, "2026-01-10", "2026-07-09"), claim(Benefit.CHILDBIRTH, "2026-07-09", 0, 1, null), none, true, 1_000, "perChild"),
        Arguments.of("twins are two children", member(null, "2025-01-10", "2026-07-09"), claim(Benefit.CHILDBIRTH, "2026-07-09", 0, 2, null), none, true, 2_000, "perChild"),
        Arguments.of("an event before she joined", member(null, "2026-01-10", "2026-01-10"), claim(Benefit.DEATH, "2026-01-09", 0, 0, null), none, false, 0, "beforeJoining"),
        // good standing: 2 unpaid months are allowed, 3 are not
        Arguments.of("2 unpaid months keep her in good standing", member(null, "2025-01-10", "2026-08-15", "2026-03", "2026-04"),
            claim(Benefit.CHILDBIRTH, "2026-08-15", 0, 1, null), none, true, 1_000, "perChild"),
        Arguments.of("3 unpaid months make her wait until she pays", member(null, "2025-01-10", "2026-08-15", "2026-03", "2026-04", "2026-05"),
            claim(Benefit.CHILDBIRTH, "2026-08-15", 0, 1, null), none, false, 0, "standing"),
        Arguments.of("the event's own month is not yet due", member(null, "2025-01-10", "2026-08-15", "2026-08", "2026-07", "2026-06"),
            claim(Benefit.CHILDBIRTH, "2026-08-15", 0, 1, null), none, true, 1_000, "perChild"),
        // hospital: ฿200 a night, 3 nights a stay, ฿1,000 a calendar year
        Arguments.of("two nights", member(null, "2025-01-10", "2026-08-15"), claim(Benefit.HOSPITAL, "2026-08-15", 2, 0, null), none, true, 400, "perNight"),
        Arguments.of("the 4th night of a stay is not paid", member(null, "2025-01-10", "2026-08-15"), claim(Benefit.HOSPITAL, "2026-08-15", 4, 0, null), none, true, 600, "nightsCapped"),
        Arguments.of("the year's cap reached in the middle of a stay", member(null, "2025-01-10", "2026-08-15"), claim(Benefit.HOSPITAL, "2026-08-15", 3, 0, null),
            new ClaimsSoFar(Money.ofBaht(800), false, false), true, 200, "hospitalYearLeft"),
        Arguments.of("the year's cap used up", member(null, "2025-01-10", "2026-08-15"), claim(Benefit.HOSPITAL, "2026-08-15", 1, 0, null),
            new ClaimsSoFar(Money.ofBaht(1_000), false, false), false, 0, "hospitalYearUsed"),
        // old age: 3 full years in the fund and 60 or more on the event date, once a year
        Arguments.of("the day before her 60th birthday", member("1966-09-20", "2020-01-01", "2026-09-19"), claim(Benefit.OLD_AGE, "2026-09-19", 0, 0, null), none, false, 0, "oldAgeAge"),
        Arguments.of("her 60th birthday", member("1966-09-20", "2020-01-01", "2026-09-20"), claim(Benefit.OLD_AGE, "2026-09-20", 0, 0, null), none, true, 1_200, null),
        Arguments.of("old age a second time in a year", member("1950-01-01", "2020-01-01", "2026-09-20"), claim(Benefit.OLD_AGE, "2026-09-20", 0, 0, null),
            new ClaimsSoFar(Money.ZERO, true, false), false, 0, "oldAgeThisYear"),
        Arguments.of("old age with 2 full years only", member("1950-01-01", "2024-09-21", "2026-09-20"), claim(Benefit.OLD_AGE, "2026-09-20", 0, 0, null), none, false, 0, "oldAgeYears"),
        Arguments.of("old age on the 3rd anniversary", member("1950-01-01", "2023-09-20", "2026-09-20"), claim(Benefit.OLD_AGE, "2026-09-20", 0, 0, null), none, true, 1_200, null),
        Arguments.of("old age without a birth date", member(null, "2020-01-01", "2026-09-20"), claim(Benefit.OLD_AGE, "2026-09-20", 0, 0, null), none, false, 0, "oldAgeNoBirthDate"),
        // death: by full years on the date of death
        Arguments.of("death in the first year", member(null, "2026-01-10", "2026-08-01"), claim(Benefit.DEATH, "2026-08-01", 0, 0, null), none, true, 3_000, "deathBand"),
        Arguments.of("death the day before the 3rd anniversary", member(null, "2023-03-01", "2026-02-28"), claim(Benefit.DEATH, "2026-02-28", 0, 0, null), none, true, 5_000, "deathBand"),
        Arguments.of("death on the 3rd anniversary moves up a band", member(null, "2023-03-01", "2026-03-01"), claim(Benefit.DEATH, "2026-03-01", 0, 0, null), none, true, 10_000, "deathBand"),
        Arguments.of("death after 5 years", member(null, "2021-03-01", "2026-03-01"), claim(Benefit.DEATH, "2026-03-01", 0, 0, null), none, true, 20_000, "deathBand"),
        Arguments.of("death after 10 years", member(null, "2016-03-01", "2026-03-01"), claim(Benefit.DEATH, "2026-03-01", 0, 0, null), none, true, 30_000, "deathBand"),
        Arguments.of("death claimed once", member(null, "2016-03-01", "2026-03-01"), claim(Benefit.DEATH, "2026-03-01", 0, 0, null), new ClaimsSoFar(Money.ZERO, false, true), false, 0, "deathClaimed"),
        // disaster: set by the approvers, at most ฿2,000
        Arguments.of("a disaster of ฿1,500", member(null, "2025-01-10", "2026-08-15"), claim(Benefit.DISASTER, "2026-08-15", 0, 0, 1_500L), none, true, 1_500, "disasterSet"),
        Arguments.of("a disaster above ฿2,000", member(null, "2025-01-10", "2026-08-15"), claim(Benefit.DISASTER, "2026-08-15", 0, 0, 2_001L), none, false, 0, "disasterMost"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesEachEdge(String why, MemberStanding member, ClaimFacts claim, ClaimsSoFar soFar, boolean eligible, long baht, String reason) {
    Assessment a = RULES.assess(member, claim, soFar);
    assertThat(a.eligible()).as(why + " " + a.reasons()).isEqualTo(eligible);
    assertThat(a.amount()).as(why).isEqualTo(Money.ofBaht(baht));
    if (reason != null) {
      assertThat(a.says(reason)).as(why + " " + a.reasons()).isTrue();
    }
  }

  @Test
  void theStandingReasonNamesTheUnpaidMonths() {
    Assessment a = RULES.assess(member(null, "2025-01-10", "2026-08-15", "2026-03", "2026-04", "2026-05"), claim(Benefit.CHILDBIRTH, "2026-08-15", 0, 1, null), ClaimsSoFar.NONE);
    Reason standing = a.reasons().stream().filter(r -> r.code().equals("welfare.reason.standing")).findFirst().orElseThrow();
    assertThat(standing.arguments()).containsExactly("3", "2026-03, 2026-04, 2026-05", "2");
  }

  @Test
  void theWaitingReasonGivesTheFirstEligibleDay() {
    assertThat(RULES.firstEligibleDay(LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2026, 7, 9));
    Assessment a = RULES.assess(member(null, "2026-01-10", "2026-07-08"), claim(Benefit.HOSPITAL, "2026-07-08", 1, 0, null), ClaimsSoFar.NONE);
    assertThat(a.reasons()).contains(new Reason("welfare.reason.waiting", List.of("180", "2026-07-09"), true));
    assertThat(a.refusal()).map(Reason::code).contains("welfare.reason.waiting");
  }

  @Test
  void aVersionChangingBetweenTwoEventsJudgesEachByItsOwnDay() {
    WelfareRules before = WelfareRules.oneBahtADay(LocalDate.of(2020, 1, 1));
    WelfareRules after = new WelfareRules(LocalDate.of(2026, 6, 1), Money.ofBaht(30), 2, 180, Money.ofBaht(1_500), Money.ofBaht(200), 3, Money.ofBaht(1_000),
        Money.ofBaht(1_200), 3, 60, before.deathBands(), Money.ofBaht(2_000));
    WelfareScheme scheme = new WelfareScheme(List.of(after, before));
    MemberStanding her = member(null, "2025-01-10", "2026-06-01");
    assertThat(scheme.assess(her, claim(Benefit.CHILDBIRTH, "2026-05-31", 0, 1, null), ClaimsSoFar.NONE).amount()).isEqualTo(Money.ofBaht(1_000));
    assertThat(scheme.assess(her, claim(Benefit.CHILDBIRTH, "2026-06-01", 0, 1, null), ClaimsSoFar.NONE).amount()).isEqualTo(Money.ofBaht(1_500));
    assertThatThrownBy(() -> scheme.inForceOn(LocalDate.of(2019, 12, 31))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("welfare.scheme.notInForce");
  }

  @Test
  void aClaimWithoutWhatItsBenefitNeedsIsRefusedBesideTheField() {
    assertThatThrownBy(() -> claim(Benefit.HOSPITAL, "2026-08-15", 0, 0, null)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.field()).contains("nights"));
    assertThatThrownBy(() -> claim(Benefit.CHILDBIRTH, "2026-08-15", 0, 0, null)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.field()).contains("children"));
    assertThatThrownBy(() -> claim(Benefit.DISASTER, "2026-08-15", 0, 0, null)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.field()).contains("amount"));
    assertThatThrownBy(() -> new ClaimFacts(null, LocalDate.of(2026, 1, 1), 0, 0, null)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.field()).contains("benefit"));
  }
}
