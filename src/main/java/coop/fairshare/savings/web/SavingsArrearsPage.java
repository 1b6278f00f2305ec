package coop.fairshare.savings.web;

import coop.fairshare.savings.ArrearsLine;
import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A group's members behind on their monthly promise, up to a month (this month unless another is asked for). */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsArrearsPage extends GroupChoice {

  @EJB
  private SavingsAccounts accounts;

  private YearMonth upTo;
  private List<ArrearsLine> behind;

  /** The month asked for ({@code ?month=2026-10}); a month that cannot be read is said so and this month is shown. */
  public YearMonth getUpTo() {
    if (upTo == null) {
      String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("month");
      upTo = YearMonth.from(CoopTime.today());
      if (raw != null && !raw.isBlank()) {
        try {
          upTo = YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
          Texts.error(null, "savings.arrears.monthInvalid");
        }
      }
    }
    return upTo;
  }

  public List<ArrearsLine> getBehind() {
    if (behind == null) {
      behind = getGroup() == null ? List.of() : accounts.arrears(getGroup().id(), getUpTo());
    }
    return behind;
  }

  public Money getMissing() {
    return getBehind().stream().map(l -> l.arrears().missing()).reduce(Money.ZERO, Money::plus);
  }
}
