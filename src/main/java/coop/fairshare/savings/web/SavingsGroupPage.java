package coop.fairshare.savings.web;

import coop.fairshare.savings.SavingsAccountView;
import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.savings.SavingsProduct;
import coop.fairshare.savings.SavingsProducts;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A group's savings accounts, each with its balance and a link to its passbook, and the form that
 * opens a member's account (each refusal beside its field, what was typed kept).
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsGroupPage extends GroupChoice {

  static final Map<String, String> OPEN_INPUTS = Map.of("memberNumber", "open:memberNumber", "productId", "open:productId", "openedOn", "open:openedOn");

  @EJB
  private SavingsAccounts accounts;

  @EJB
  private SavingsProducts products;

  private List<SavingsAccountView> listed;
  private List<SavingsProduct> offered;

  private String memberNumber;
  private String productId;
  private String openedOn;

  public List<SavingsAccountView> getAccounts() {
    if (listed == null) {
      listed = getGroup() == null ? List.of() : accounts.ofGroup(getGroup().id());
    }
    return listed;
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the group's list is kept under once drawn: the very accounts and balances shown (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(getAccounts());
  }

  public List<SavingsProduct> getProducts() {
    if (offered == null) {
      offered = products.products();
    }
    return offered;
  }

  /** Opens the account and goes to its passbook, saying so. */
  public String open() {
    LocalDate on;
    try {
      on = openedOn == null || openedOn.isBlank() ? null : LocalDate.parse(openedOn.strip());
    } catch (DateTimeParseException e) {
      PageActions.refused(new BadInput("savings.page.dateInvalid").on("openedOn"), OPEN_INPUTS);
      return null;
    }
    Long product;
    try {
      product = productId == null || productId.isBlank() ? null : Long.valueOf(productId.strip());
    } catch (NumberFormatException e) {
      product = null;
    }
    if (product == null) {
      PageActions.refused(new BadInput("savings.page.productRequired").on("productId"), OPEN_INPUTS);
      return null;
    }
    long chosen = product;
    return PageActions.call(() -> accounts.open(memberNumber, chosen, on), OPEN_INPUTS).map(account -> {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.info(null, "savings.page.opened", account.number(), memberNumber.strip());
      return "/savings/account.xhtml?faces-redirect=true&n=" + account.number();
    }).orElse(null);
  }

  public String getMemberNumber() {
    return memberNumber;
  }

  public void setMemberNumber(String memberNumber) {
    this.memberNumber = memberNumber;
  }

  public String getProductId() {
    return productId;
  }

  public void setProductId(String productId) {
    this.productId = productId;
  }

  public String getOpenedOn() {
    return openedOn;
  }

  public void setOpenedOn(String openedOn) {
    this.openedOn = openedOn;
  }
}
