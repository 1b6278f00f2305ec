package coop.fairshare.welfare.web;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.Format;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.DeathBand;
import coop.fairshare.welfare.SchemeVersion;
import coop.fairshare.welfare.WelfareSchemes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scheme's versions: the one in force today, those still to come (an ADMIN may withdraw one), and the history. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class WelfareSchemePage {

  @EJB
  private WelfareSchemes schemes;

  @Inject
  private Format fmt;

  private List<SchemeVersion> versions;
  private PhaseId readIn;

  public List<SchemeVersion> getVersions() {
    // a postback reads the tables to decode them before a version is withdrawn; draw them afresh
    PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
    if (now != readIn) {
      versions = null;
      readIn = now;
    }
    if (versions == null) {
      versions = schemes.versions();
    }
    return versions;
  }

  public List<SchemeVersion> getInForce() {
    return of(SchemeVersion.Standing.IN_FORCE);
  }

  public List<SchemeVersion> getComing() {
    // the next to take effect first
    return of(SchemeVersion.Standing.COMING).stream().sorted(java.util.Comparator.comparing(SchemeVersion::effectiveFrom)).toList();
  }

  public List<SchemeVersion> getHistory() {
    return of(SchemeVersion.Standing.HISTORY);
  }

  private List<SchemeVersion> of(SchemeVersion.Standing standing) {
    return getVersions().stream().filter(v -> v.standing() == standing).toList();
  }

  /** The death grant's bands in a line: "0 yrs ฿3,000.00 · 1 yr ฿5,000.00 …". */
  public String bands(List<DeathBand> bands, Locale locale) {
    return bands.stream().map(b -> Texts.text(locale, "welfare.scheme.bandShort", b.fromYears(), fmt.money(b.amount(), locale))).collect(Collectors.joining(" · "));
  }

  public String money(Money amount, Locale locale) {
    return fmt.money(amount, locale);
  }

  /** Takes back a version still to come (the service refuses one in force). */
  public void withdraw(long id) {
    if (PageActions.attempt(() -> schemes.withdraw(id))) {
      Texts.info(null, "welfare.scheme.withdrawn");
    }
    versions = null;
  }
}
