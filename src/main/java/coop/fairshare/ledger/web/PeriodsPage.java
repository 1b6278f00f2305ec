package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerPeriod;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The accounting months, open or closed, and closing one. Closing is for good: nothing reopens a month. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class PeriodsPage {

  private static final int SUGGESTED_MONTHS = 12;

  @EJB
  private Ledger ledger;

  private List<LedgerPeriod> periods;
  private String month;

  public List<LedgerPeriod> getPeriods() {
    if (periods == null) {
      periods = ledger.periods();
    }
    return periods;
  }

  /** The last twelve months that have ended, newest first: the ones a treasurer may close. */
  public List<YearMonth> getRecentMonths() {
    YearMonth current = YearMonth.from(CoopTime.today());
    List<YearMonth> months = new ArrayList<>();
    for (int back = 1; back <= SUGGESTED_MONTHS; back++) {
      months.add(current.minusMonths(back));
    }
    return months;
  }

  public String close() {
    if (month == null || month.isBlank()) {
      Texts.error("close:month", "ledger.periods.monthRequired");
      return null;
    }
    Optional<YearMonth> chosen = Dates.month(month);
    if (chosen.isEmpty()) {
      Texts.error("close:month", "ledger.periods.badMonth");
      return null;
    }
    Optional<LedgerPeriod> closed = PageActions.call(() -> ledger.closePeriod(chosen.get()));
    if (closed.isEmpty()) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.info(null, "ledger.periods.closed", periodName(closed.get().period()));
    return "/treasurer/periods.xhtml?faces-redirect=true";
  }

  /** "พฤษภาคม 2568" for "2025-05" (the way periods are stored). */
  public String periodName(String period) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return Dates.month(period).map(m -> Dates.monthName(m, locale)).orElse(period);
  }

  public String monthLabel(YearMonth month) {
    return Dates.monthName(month, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The month's last day as yyyy-MM-dd, for a link to the month's journal. */
  public String lastDay(String period) {
    return Dates.month(period).map(m -> m.atEndOfMonth().toString()).orElse("");
  }

  public String moment(Instant instant) {
    return Dates.moment(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
