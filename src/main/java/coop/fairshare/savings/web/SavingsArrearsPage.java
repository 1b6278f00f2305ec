package coop.fairshare.savings.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
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
public class SavingsArrearsPage {

  @EJB
  private GroupDirectory directory;

  @EJB
  private SavingsAccounts accounts;

  private List<ProducerGroup> groups;
  private ProducerGroup group;
  private YearMonth upTo;
  private List<ArrearsLine> behind;

  public List<ProducerGroup> getGroups() {
    if (groups == null) {
      groups = directory.groups();
    }
    return groups;
  }

  /** The chosen group's id, for the group picker. */
  public String getGroupId() {
    return getGroup() == null ? "" : String.valueOf(getGroup().id());
  }

  public void setGroupId(String ignored) {
    // the picker posts as a plain GET form: the group is read from the address
  }

  public ProducerGroup getGroup() {
    if (group == null) {
      group = GroupChoice.of(getGroups()).orElse(null);
    }
    return group;
  }

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
