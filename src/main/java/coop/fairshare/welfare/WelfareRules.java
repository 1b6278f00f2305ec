package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One version of a welfare scheme's terms: the monthly contribution, and for each benefit its
 * amount rule, waiting period and caps. A claim is judged by the version in force on its event date
 * ({@link WelfareScheme}); every rule of eligibility and amount lives here once, and the assessment
 * says why in reasons the member reads.
 */
public record WelfareRules(
    LocalDate effectiveFrom,
    Money monthlyContribution,
    int mostUnpaidMonths,
    int waitingDays,
    Money perChild,
    Money perNight,
    int nightsPerStay,
    Money hospitalPerYear,
    Money oldAgePerYear,
    int oldAgeFullYears,
    int oldAgeFromAge,
    List<DeathBand> deathBands,
    Money disasterMost) implements Serializable {

  /** As many bands as a scheme sensibly has (they are stored in one short column). */
  static final int MOST_DEATH_BANDS = 12;

  public WelfareRules {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    // each refusal names its field, so an admin's form shows it beside what she typed
    notBelowZero(monthlyContribution, "monthlyContribution");
    notBelowZero(perChild, "perChild");
    notBelowZero(perNight, "perNight");
    notBelowZero(hospitalPerYear, "hospitalPerYear");
    notBelowZero(oldAgePerYear, "oldAgePerYear");
    notBelowZero(disasterMost, "disasterMost");
    within(mostUnpaidMonths, 0, 120, "mostUnpaidMonths");
    within(waitingDays, 0, 3660, "waitingDays");
    within(nightsPerStay, 1, 366, "nightsPerStay");
    within(oldAgeFullYears, 0, 100, "oldAgeFullYears");
    within(oldAgeFromAge, 0, 120, "oldAgeFromAge");
    if (deathBands == null || deathBands.isEmpty() || deathBands.stream().anyMatch(Objects::isNull) || deathBands.get(0).fromYears() != 0) {
      throw new BadInput("welfare.scheme.deathBands").on("deathBands");
    }
    if (deathBands.size() > MOST_DEATH_BANDS) {
      throw new BadInput("welfare.scheme.bandsMany", MOST_DEATH_BANDS).on("deathBands");
    }
    for (int i = 1; i < deathBands.size(); i++) {
      if (deathBands.get(i).fromYears() <= deathBands.get(i - 1).fromYears()) {
        throw new BadInput("welfare.scheme.bandsRising", deathBands.get(i - 1).fromYears(), deathBands.get(i).fromYears()).on("deathBands");
      }
    }
    deathBands = List.copyOf(deathBands);
  }

  private static void notBelowZero(Money amount, String field) {
    if (amount == null) {
      throw new BadInput("welfare.scheme.required").on(field);
    }
    if (amount.isNegative()) {
      throw new BadInput("welfare.scheme.amount").on(field);
    }
  }

  private static void within(int value, int least, int most, String field) {
    if (value < least || value > most) {
      throw new BadInput("welfare.scheme.range", least, most).on(field);
    }
  }

  /** The demo scheme "สัจจะวันละบาท": ฿30 a month, 180 days' wait, and the benefits of issue 12. */
  public static WelfareRules oneBahtADay(LocalDate effectiveFrom) {
    return new WelfareRules(effectiveFrom, Money.ofBaht(30), 2, 180, Money.ofBaht(1_000), Money.ofBaht(200), 3, Money.ofBaht(1_000), Money.ofBaht(1_200), 3, 60,
        List.of(new DeathBand(0, Money.ofBaht(3_000)), new DeathBand(1, Money.ofBaht(5_000)), new DeathBand(3, Money.ofBaht(10_000)),
            new DeathBand(5, Money.ofBaht(20_000)), new DeathBand(10, Money.ofBaht(30_000))),
        Money.ofBaht(2_000));
  }

  /** The first day a benefit with the waiting period can be claimed: 180 days after 2026-01-10 is 2026-07-09. */
  public LocalDate firstEligibleDay(LocalDate joinedFundOn) {
    return joinedFundOn.plusDays(waitingDays);
  }

  /**
   * Whether the claim may be paid and how much, with every reason: she joined the fund before the
   * event, is past the waiting period, in good standing (at most {@code mostUnpaidMonths} months
   * unpaid from her joining month to the month before the event), and the benefit's own rule and
   * caps.
   */
  public Assessment assess(MemberStanding member, ClaimFacts claim, ClaimsSoFar soFar) {
    List<Reason> reasons = new ArrayList<>();
    LocalDate event = claim.eventDate();
    if (event.isBefore(member.joinedFundOn())) {
      reasons.add(Reason.refusing("beforeJoining", member.joinedFundOn()));
      return new Assessment(false, Money.ZERO, reasons);
    }
    boolean eligible = true;
    boolean waits = claim.benefit() != Benefit.OLD_AGE;
    if (waits && event.isBefore(firstEligibleDay(member.joinedFundOn()))) {
      reasons.add(Reason.refusing("waiting", waitingDays, firstEligibleDay(member.joinedFundOn())));
      eligible = false;
    }
    List<YearMonth> unpaid = member.unpaidBefore(event);
    if (unpaid.size() > mostUnpaidMonths) {
      reasons.add(Reason.refusing("standing", unpaid.size(), unpaid.stream().map(YearMonth::toString).collect(Collectors.joining(", ")), mostUnpaidMonths));
      eligible = false;
    }
    Money amount = switch (claim.benefit()) {
      case CHILDBIRTH -> {
        reasons.add(Reason.of("perChild", claim.children(), baht(perChild)));
        yield perChild.times(claim.children());
      }
      case HOSPITAL -> hospital(claim, soFar, reasons);
      case OLD_AGE -> oldAge(member, event, soFar, reasons);
      case DEATH -> death(member, event, soFar, reasons);
      case DISASTER -> disaster(claim, reasons);
    };
    eligible &= amount.isPositive();
    return new Assessment(eligible, amount, reasons);
  }

  private Money hospital(ClaimFacts claim, ClaimsSoFar soFar, List<Reason> reasons) {
    int nights = Math.min(claim.nights(), nightsPerStay);
    if (claim.nights() > nightsPerStay) {
      reasons.add(Reason.of("nightsCapped", claim.nights(), nightsPerStay));
    }
    Money forStay = perNight.times(nights);
    Money left = hospitalPerYear.minus(soFar.hospitalThisYear());
    if (!left.isPositive()) {
      reasons.add(Reason.refusing("hospitalYearUsed", baht(hospitalPerYear)));
      return Money.ZERO;
    }
    if (forStay.compareTo(left) > 0) {
      reasons.add(Reason.of("hospitalYearLeft", baht(left), baht(hospitalPerYear)));
      return left;
    }
    reasons.add(Reason.of("perNight", nights, baht(perNight)));
    return forStay;
  }

  private Money oldAge(MemberStanding member, LocalDate event, ClaimsSoFar soFar, List<Reason> reasons) {
    boolean ok = true;
    if (member.fullYearsOn(event) < oldAgeFullYears) {
      reasons.add(Reason.refusing("oldAgeYears", oldAgeFullYears, member.joinedFundOn().plusYears(oldAgeFullYears)));
      ok = false;
    }
    int age = member.ageOn(event);
    if (age < oldAgeFromAge) {
      reasons.add(age < 0 ? Reason.refusing("oldAgeNoBirthDate") : Reason.refusing("oldAgeAge", oldAgeFromAge, age));
      ok = false;
    }
    if (soFar.oldAgeThisYear()) {
      reasons.add(Reason.refusing("oldAgeThisYear", event.getYear()));
      ok = false;
    }
    return ok ? oldAgePerYear : Money.ZERO;
  }

  private Money death(MemberStanding member, LocalDate event, ClaimsSoFar soFar, List<Reason> reasons) {
    if (soFar.death()) {
      reasons.add(Reason.refusing("deathClaimed"));
      return Money.ZERO;
    }
    int years = member.fullYearsOn(event);
    DeathBand band = deathBands.stream().filter(b -> years >= b.fromYears()).reduce((a, b) -> b).orElseThrow();
    reasons.add(Reason.of("deathBand", years, baht(band.amount())));
    return band.amount();
  }

  private Money disaster(ClaimFacts claim, List<Reason> reasons) {
    if (claim.requested().compareTo(disasterMost) > 0) {
      reasons.add(Reason.refusing("disasterMost", baht(disasterMost)));
      return Money.ZERO;
    }
    reasons.add(Reason.of("disasterSet", baht(claim.requested())));
    return claim.requested();
  }

  /** An amount as a reason shows it: whole baht with thousands grouped (1,000), satang only when there are some. */
  private static String baht(Money amount) {
    return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(amount.toBaht());
  }
}
