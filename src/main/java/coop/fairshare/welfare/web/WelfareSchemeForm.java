package coop.fairshare.welfare.web;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.DeathBand;
import coop.fairshare.welfare.WelfareRules;
import coop.fairshare.welfare.WelfareSchemes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ADMIN's draft of a new scheme version, started from the version in force. It lives as long as
 * the page so a refused draft keeps everything typed; it only reads what was typed (baht, whole
 * numbers, a day) and leaves whether the terms make a scheme to {@link WelfareRules}, whose refusal
 * goes beside its field.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class WelfareSchemeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows for death-grant bands; a blank row is no band. */
  static final int BAND_ROWS = 7;

  static final String FORM = "scheme";

  private static final List<String> INPUTS = List.of("effectiveFrom", "monthlyContribution", "mostUnpaidMonths", "waitingDays", "perChild", "perNight", "nightsPerStay",
      "hospitalPerYear", "oldAgePerYear", "oldAgeFullYears", "oldAgeFromAge", "deathBands", "disasterMost");

  @EJB
  private WelfareSchemes schemes;

  /** What was typed, by the domain's field names. */
  private final Map<String, String> typed = new HashMap<>();
  private final List<Band> bands = new ArrayList<>();

  @PostConstruct
  void start() {
    WelfareRules now = schemes.inForce().rules();
    typed.put("effectiveFrom", CoopTime.today().plusDays(1).toString());
    typed.put("monthlyContribution", baht(now.monthlyContribution()));
    typed.put("mostUnpaidMonths", Integer.toString(now.mostUnpaidMonths()));
    typed.put("waitingDays", Integer.toString(now.waitingDays()));
    typed.put("perChild", baht(now.perChild()));
    typed.put("perNight", baht(now.perNight()));
    typed.put("nightsPerStay", Integer.toString(now.nightsPerStay()));
    typed.put("hospitalPerYear", baht(now.hospitalPerYear()));
    typed.put("oldAgePerYear", baht(now.oldAgePerYear()));
    typed.put("oldAgeFullYears", Integer.toString(now.oldAgeFullYears()));
    typed.put("oldAgeFromAge", Integer.toString(now.oldAgeFromAge()));
    typed.put("disasterMost", baht(now.disasterMost()));
    for (DeathBand b : now.deathBands()) {
      bands.add(new Band(Integer.toString(b.fromYears()), baht(b.amount())));
    }
    while (bands.size() < Math.max(BAND_ROWS, now.deathBands().size() + 1)) {
      bands.add(new Band(null, null));
    }
  }

  private static String baht(Money m) {
    return m.toBaht().toPlainString();
  }

  /** Reads the draft; saves it as a new version when every field reads and the terms make a scheme. */
  public void save() {
    Map<String, String> inputs = inputs();
    List<BusinessRuleViolation> unread = new ArrayList<>();
    Optional<LocalDate> from = day(unread);
    Money monthly = money("monthlyContribution", unread);
    int mostUnpaid = whole("mostUnpaidMonths", unread);
    int waiting = whole("waitingDays", unread);
    Money perChild = money("perChild", unread);
    Money perNight = money("perNight", unread);
    int nights = whole("nightsPerStay", unread);
    Money hospital = money("hospitalPerYear", unread);
    Money oldAge = money("oldAgePerYear", unread);
    int oldAgeYears = whole("oldAgeFullYears", unread);
    int oldAgeFrom = whole("oldAgeFromAge", unread);
    Money disaster = money("disasterMost", unread);
    List<DeathBand> deathBands = new ArrayList<>();
    for (Band b : bands) {
      if (b.blank()) {
        continue;
      }
      try {
        deathBands.add(new DeathBand(wholeNumber(b.years, "deathBands"), Money.parseBaht(b.amount)));
      } catch (BusinessRuleViolation refused) {
        unread.add(refused.on("deathBands"));
        break;
      }
    }
    if (!unread.isEmpty()) {
      unread.forEach(r -> PageActions.refused(r, inputs));
      return;
    }
    WelfareRules rules;
    try {
      rules = new WelfareRules(from.orElseThrow(), monthly, mostUnpaid, waiting, perChild, perNight, nights, hospital, oldAge, oldAgeYears, oldAgeFrom, deathBands, disaster);
    } catch (BadInput refused) {
      PageActions.refused(refused, inputs);
      return;
    }
    PageActions.call(() -> schemes.add(rules), inputs).ifPresent(v -> Texts.info(null, "welfare.scheme.saved", v.effectiveFrom().toString()));
  }

  private static Map<String, String> inputs() {
    Map<String, String> inputs = new HashMap<>();
    INPUTS.forEach(name -> inputs.put(name, FORM + ":" + name));
    return inputs;
  }

  private Optional<LocalDate> day(List<BusinessRuleViolation> unread) {
    String raw = typed.get("effectiveFrom");
    try {
      return Optional.of(LocalDate.parse(raw == null ? "" : raw.strip()));
    } catch (DateTimeParseException e) {
      unread.add(new BadInput("welfare.page.dateInvalid").on("effectiveFrom"));
      return Optional.empty();
    }
  }

  private Money money(String field, List<BusinessRuleViolation> unread) {
    try {
      return Money.parseBaht(typed.get(field));
    } catch (BusinessRuleViolation refused) {
      unread.add(refused.on(field));
      return Money.ZERO;
    }
  }

  private int whole(String field, List<BusinessRuleViolation> unread) {
    try {
      return wholeNumber(typed.get(field), field);
    } catch (BusinessRuleViolation refused) {
      unread.add(refused);
      return 0;
    }
  }

  private static int wholeNumber(String raw, String field) {
    try {
      return Integer.parseInt(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      throw new BadInput("welfare.page.wholeNumber").on(field);
    }
  }

  /** The typed text of each field, by the domain's name, for the page's inputs. */
  public Map<String, String> getTyped() {
    return typed;
  }

  public List<Band> getBands() {
    return bands;
  }

  /** One row of the death grant's bands as typed: from so many full years, so many baht. */
  public static final class Band implements Serializable {

    private static final long serialVersionUID = 1L;

    private String years;
    private String amount;

    Band(String years, String amount) {
      this.years = years;
      this.amount = amount;
    }

    boolean blank() {
      return (years == null || years.isBlank()) && (amount == null || amount.isBlank());
    }

    public String getYears() {
      return years;
    }

    public void setYears(String years) {
      this.years = years;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }
  }
}
