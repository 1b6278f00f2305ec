package coop.fairshare.welfare.web;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.WelfareGrant;
import coop.fairshare.welfare.WelfareGrants;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Grants to the welfare fund, the latest first with their total, and the form a treasurer records one with. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class WelfareGrantsPage {

  static final Map<String, String> INPUTS = Map.of("grantor", "grant:grantor", "amount", "grant:amount", "receivedOn", "grant:receivedOn", "reference", "grant:reference",
      "method", "grant:method");

  @EJB
  private WelfareGrants grants;

  private List<WelfareGrant> listed;

  private String grantor;
  private String amount;
  private String receivedOn = CoopTime.today().toString();
  private String reference;
  private String method = MoneyMethod.TRANSFER.name();

  public List<WelfareGrant> getGrants() {
    if (listed == null) {
      listed = grants.grants();
    }
    return listed;
  }

  public Money getTotal() {
    return getGrants().stream().map(WelfareGrant::amount).reduce(Money.ZERO, Money::plus);
  }

  public MoneyMethod[] getMethods() {
    return MoneyMethod.values();
  }

  /** Records the grant and shows the list again, saying so. */
  public String record() {
    Money money;
    try {
      money = Money.parseBaht(amount);
    } catch (BusinessRuleViolation refused) {
      PageActions.refused(refused.on("amount"), INPUTS);
      return null;
    }
    LocalDate on;
    try {
      on = LocalDate.parse(receivedOn == null ? "" : receivedOn.strip());
    } catch (DateTimeParseException e) {
      PageActions.refused(new BadInput("welfare.page.dateInvalid").on("receivedOn"), INPUTS);
      return null;
    }
    MoneyMethod how = "CASH".equals(method) ? MoneyMethod.CASH : MoneyMethod.TRANSFER;
    return PageActions.call(() -> grants.record(grantor, money, on, reference, how), INPUTS).map(grant -> {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.info(null, "welfare.page.granted", grant.amount(), grant.grantor(), grant.reference());
      return "/welfare/grants.xhtml?faces-redirect=true";
    }).orElse(null);
  }

  public String getGrantor() {
    return grantor;
  }

  public void setGrantor(String grantor) {
    this.grantor = grantor;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }
}
