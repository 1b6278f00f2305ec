package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One stored version of the scheme's terms, as an ADMIN set them from a day on; {@link WelfareRules} judges by it. */
@Entity
@Table(name = "welfare_scheme_version")
public class WelfareSchemeVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "monthly_satang", nullable = false, updatable = false)
  private Money monthly;

  @Column(name = "most_unpaid_months", nullable = false, updatable = false)
  private int mostUnpaidMonths;

  @Column(name = "waiting_days", nullable = false, updatable = false)
  private int waitingDays;

  @Column(name = "per_child_satang", nullable = false, updatable = false)
  private Money perChild;

  @Column(name = "per_night_satang", nullable = false, updatable = false)
  private Money perNight;

  @Column(name = "nights_per_stay", nullable = false, updatable = false)
  private int nightsPerStay;

  @Column(name = "hospital_year_satang", nullable = false, updatable = false)
  private Money hospitalPerYear;

  @Column(name = "old_age_year_satang", nullable = false, updatable = false)
  private Money oldAgePerYear;

  @Column(name = "old_age_full_years", nullable = false, updatable = false)
  private int oldAgeFullYears;

  @Column(name = "old_age_from_age", nullable = false, updatable = false)
  private int oldAgeFromAge;

  /** "fromYears:satang" pairs, comma-separated. */
  @Column(name = "death_bands", nullable = false, updatable = false)
  private String deathBands;

  @Column(name = "disaster_most_satang", nullable = false, updatable = false)
  private Money disasterMost;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WelfareSchemeVersion() {}

  /** The terms as an admin set them, stored as they are (they were checked when the rules were made). */
  WelfareSchemeVersion(WelfareRules rules, String createdBy, Instant now) {
    this.effectiveFrom = rules.effectiveFrom();
    this.monthly = rules.monthlyContribution();
    this.mostUnpaidMonths = rules.mostUnpaidMonths();
    this.waitingDays = rules.waitingDays();
    this.perChild = rules.perChild();
    this.perNight = rules.perNight();
    this.nightsPerStay = rules.nightsPerStay();
    this.hospitalPerYear = rules.hospitalPerYear();
    this.oldAgePerYear = rules.oldAgePerYear();
    this.oldAgeFullYears = rules.oldAgeFullYears();
    this.oldAgeFromAge = rules.oldAgeFromAge();
    this.deathBands = rules.deathBands().stream().map(b -> b.fromYears() + ":" + b.amount().satang()).collect(Collectors.joining(","));
    this.disasterMost = rules.disasterMost();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public WelfareRules rules() {
    List<DeathBand> bands = Arrays.stream(deathBands.split(",")).map(String::strip).map(p -> p.split(":"))
        .map(p -> new DeathBand(Integer.parseInt(p[0]), Money.ofSatang(Long.parseLong(p[1])))).toList();
    return new WelfareRules(effectiveFrom, monthly, mostUnpaidMonths, waitingDays, perChild, perNight, nightsPerStay, hospitalPerYear, oldAgePerYear, oldAgeFullYears,
        oldAgeFromAge, bands, disasterMost);
  }
}
