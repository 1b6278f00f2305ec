package coop.fairshare.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An admin's scheme version is checked by the rules themselves, each refusal naming its field so the
 * form shows it beside what she typed; a version stored and read back is the same terms; a grant
 * refuses what cannot be a grant; the desk's standing says where a member's next payment starts.
 */
class SchemeTermsTest {

  private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

  private static final List<DeathBand> BANDS = List.of(new DeathBand(0, Money.ofBaht(3_000)), new DeathBand(1, Money.ofBaht(5_000)), new DeathBand(3, Money.ofBaht(10_000)));

  /** The demo's terms with the fields named changed. */
  private static WelfareRules terms(Object... fieldValue) {
    Map<String, Object> f = new HashMap<>();
    WelfareRules d = WelfareRules.oneBahtADay(FROM);
    f.put("monthlyContribution", d.monthlyContribution());
    f.put("mostUnpaidMonths", d.mostUnpaidMonths());
    f.put("waitingDays", d.waitingDays());
    f.put("perChild", d.perChild());
    f.put("perNight", d.perNight());
    f.put("nightsPerStay", d.nightsPerStay());
    f.put("hospitalPerYear", d.hospitalPerYear());
    f.put("oldAgePerYear", d.oldAgePerYear());
    f.put("oldAgeFullYears", d.oldAgeFullYears());
    f.put("oldAgeFromAge", d.oldAgeFromAge());
    f.put("deathBands", d.deathBands());
    f.put("disasterMost", d.disasterMost());
    for (int i = 0; i < fieldValue.length; i += 2) {
      f.put((String) fieldValue[i], fieldValue[i + 1]);
    }
    @SuppressWarnings("unchecked")
    List<DeathBand> bands = (List<DeathBand>) f.get("deathBands");
    return new WelfareRules(FROM, (Money) f.get("monthlyContribution"), (int) f.get("mostUnpaidMonths"), (int) f.get("waitingDays"), (Money) f.get("perChild"),
        (Money) f.get("perNight"), (int) f.get("nightsPerStay"), (Money) f.get("hospitalPerYear"), (Money) f.get("oldAgePerYear"), (int) f.get("oldAgeFullYears"),
        (int) f.get("oldAgeFromAge"), bands, (Money) f.get("disasterMost"));
  }

  static Stream<Arguments> refused() {
    Money minusOne = Money.ofSatang(-1);
    List<DeathBand> tooMany = new ArrayList<>();
    for (int i = 0; i <= WelfareRules.MOST_DEATH_BANDS; i++) {
      tooMany.add(new DeathBand(i, Money.ofBaht(1_000)));
    }
    return Stream.of(
        Arguments.of("monthlyContribution", minusOne, "welfare.scheme.amount"),
        Arguments.of("perChild", minusOne, "welfare.scheme.amount"),
        Arguments.of("perNight", minusOne, "welfare.scheme.amount"),
        Arguments.of("hospitalPerYear", minusOne, "welfare.scheme.amount"),
        Arguments.of("oldAgePerYear", minusOne, "welfare.scheme.amount"),
        Arguments.of("disasterMost", minusOne, "welfare.scheme.amount"),
        Arguments.of("disasterMost", null, "welfare.scheme.required"),
        Arguments.of("nightsPerStay", 0, "welfare.scheme.range"),
        Arguments.of("nightsPerStay", 367, "welfare.scheme.range"),
        Arguments.of("mostUnpaidMonths", -1, "welfare.scheme.range"),
        Arguments.of("waitingDays", -1, "welfare.scheme.range"),
        Arguments.of("oldAgeFullYears", -1, "welfare.scheme.range"),
        Arguments.of("oldAgeFromAge", 121, "welfare.scheme.range"),
        Arguments.of("deathBands", List.of(), "welfare.scheme.deathBands"),
        Arguments.of("deathBands", List.of(new DeathBand(1, Money.ofBaht(5_000))), "welfare.scheme.deathBands"),
        Arguments.of("deathBands", List.of(new DeathBand(0, Money.ofBaht(3_000)), new DeathBand(3, Money.ofBaht(10_000)), new DeathBand(1, Money.ofBaht(5_000))),
            "welfare.scheme.bandsRising"),
        Arguments.of("deathBands", List.of(new DeathBand(0, Money.ofBaht(3_000)), new DeathBand(1, Money.ofBaht(5_000)), new DeathBand(1, Money.ofBaht(6_000))),
            "welfare.scheme.bandsRising"),
        Arguments.of("deathBands", tooMany, "welfare.scheme.bandsMany"));
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @MethodSource
  void refused(String field, Object value, String key) {
    assertThatThrownBy(() -> terms(field, value)).isInstanceOfSatisfying(BadInput.class, e -> {
      assertThat(e.messageKey()).isEqualTo(key);
      assertThat(e.field()).contains(field);
    });
  }

  @Test
  void theEdgesThatAreAllowed() {
    WelfareRules edges = terms("monthlyContribution", Money.ZERO, "nightsPerStay", 1, "mostUnpaidMonths", 0, "waitingDays", 0, "deathBands", List.of(new DeathBand(0, Money.ZERO)));
    assertThat(edges.nightsPerStay()).isEqualTo(1);
    assertThat(edges.deathBands()).hasSize(1);
    assertThat(terms("deathBands", BANDS).deathBands()).containsExactlyElementsOf(BANDS);
  }

  @Test
  void aBandRefusesYearsOutOfRangeAndAnAmountBelowZeroAsTheDeathBandsField() {
    assertThatThrownBy(() -> new DeathBand(-1, Money.ofBaht(1))).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.field()).contains("deathBands"));
    assertThatThrownBy(() -> new DeathBand(101, Money.ofBaht(1))).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("welfare.scheme.bandYearsRange"));
    assertThatThrownBy(() -> new DeathBand(0, Money.ofSatang(-1))).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("welfare.scheme.amount"));
  }

  @Test
  void aVersionStoredAndReadBackHasTheSameTerms() {
    WelfareRules typed = terms("perChild", Money.ofSatang(150_050), "deathBands", BANDS, "waitingDays", 90);
    WelfareSchemeVersion stored = new WelfareSchemeVersion(typed, "admin", Instant.parse("2026-11-29T01:00:00Z"));
    assertThat(stored.rules()).isEqualTo(typed);
    assertThat(stored.effectiveFrom()).isEqualTo(FROM);
  }

  @Test
  void aGrantNeedsAGrantorAnAmountAPastDayAndAReferenceLikeAReceipt() {
    LocalDate today = LocalDate.of(2026, 11, 29);
    Instant now = Instant.parse("2026-11-29T03:00:00Z");
    WelfareGrant grant = new WelfareGrant("  พมจ. เชียงใหม่ ", Money.ofBaht(50_000), today, " PV-2026/11 ", MoneyMethod.TRANSFER, today, "t", now);
    assertThat(grant.grantor()).isEqualTo("พมจ. เชียงใหม่");
    assertThat(grant.reference()).isEqualTo("PV-2026/11");
    Map<String, Runnable> bad = Map.of(
        "grantor", () -> new WelfareGrant(" ", Money.ofBaht(1), today, "R1", null, today, "t", now),
        "amount", () -> new WelfareGrant("g", Money.ZERO, today, "R1", null, today, "t", now),
        "receivedOn", () -> new WelfareGrant("g", Money.ofBaht(1), today.plusDays(1), "R1", null, today, "t", now),
        "reference", () -> new WelfareGrant("g", Money.ofBaht(1), today, "no spaces allowed", null, today, "t", now));
    bad.forEach((field, make) -> assertThatThrownBy(make::run).as(field).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.field()).contains(field)));
    assertThatThrownBy(() -> new WelfareGrant("g".repeat(201), Money.ofBaht(1), today, "R1", null, today, "t", now))
        .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("welfare.grant.grantorLong"));
  }

  @Test
  void theNextMonthDueIsHerFirstUnpaidElseTheMonthAfterHerLastPaid() {
    LocalDate joined = LocalDate.of(2026, 3, 10);
    YearMonth mar = YearMonth.of(2026, 3);
    WelfareMemberSummary behind = summary(joined, List.of(mar), List.of(mar.plusMonths(1), mar.plusMonths(2), mar.plusMonths(3)));
    assertThat(behind.nextMonthDue()).contains(mar.plusMonths(1));
    assertThat(behind.inGoodStanding()).isFalse();
    WelfareMemberSummary ahead = summary(joined, List.of(mar, mar.plusMonths(1), mar.plusMonths(2)), List.of());
    assertThat(ahead.nextMonthDue()).contains(mar.plusMonths(3));
    assertThat(ahead.inGoodStanding()).isTrue();
    assertThat(summary(joined, List.of(), List.of()).nextMonthDue()).contains(mar);
    assertThat(summary(null, List.of(), List.of()).nextMonthDue()).isEmpty();
  }

  private static WelfareMemberSummary summary(LocalDate joined, List<YearMonth> paid, List<YearMonth> unpaid) {
    return new WelfareMemberSummary("M-000001", "สมศรี", null, "G01", true, LocalDate.of(2020, 1, 1), joined, paid, unpaid, joined == null ? null : joined.plusDays(180), 2,
        Money.ofBaht(30));
  }
}
