package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

  protected WelfareSchemeVersion() {}

  public Long id() {
    return id;
  }

  public WelfareRules rules() {
    List<DeathBand> bands = Arrays.stream(deathBands.split(",")).map(String::strip).map(p -> p.split(":"))
        .map(p -> new DeathBand(Integer.parseInt(p[0]), Money.ofSatang(Long.parseLong(p[1])))).toList();
    return new WelfareRules(effectiveFrom, monthly, mostUnpaidMonths, waitingDays, perChild, perNight, nightsPerStay, hospitalPerYear, oldAgePerYear, oldAgeFullYears,
        oldAgeFromAge, bands, disasterMost);
  }
}
