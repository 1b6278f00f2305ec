package coop.fairshare.welfare.web;

import coop.fairshare.account.Accounts;
import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.welfare.Donation;
import coop.fairshare.welfare.Donations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The donation page: anyone, signed in or not, gives to the welfare fund (an amount, a name or
 * none, an e-mail for the receipt, a message) and goes on to pay it on the gift's own page. Each
 * refusal is shown beside its field, with everything typed kept.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class DonatePage {

  private static final Map<String, String> INPUTS = Map.of("amount", "donate:amount", "donorName", "donate:donorName", "email", "donate:email", "message",
      "donate:message", "method", "donate:method");

  @EJB
  private Donations donations;

  @EJB
  private Accounts accounts;

  private String amount;
  private String donorName;
  private String email;
  private String message;
  private String method;
  private List<PaymentMethod> methods;

  /** The ways to pay offered now (card and PromptPay through Stripe, when Stripe is set up). */
  public List<PaymentMethod> getMethods() {
    if (methods == null) {
      methods = donations.methods();
    }
    return methods;
  }

  public Money getSmallest() {
    return Donation.SMALLEST;
  }

  public Money getLargest() {
    return Donation.LARGEST;
  }

  /** Promises the gift and goes to its page, where it is paid; the link to that page is the donor's receipt. */
  public void give() throws IOException {
    Donation given = PageActions.call(() -> donations.pledge(typedAmount(), donorName, email, message, typedMethod()), INPUTS).orElse(null);
    if (given == null) {
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/welfare/donation.xhtml?d=" + given.reference() + "&t="
        + URLEncoder.encode(given.accessToken(), StandardCharsets.US_ASCII));
    FacesContext.getCurrentInstance().responseComplete();
  }

  private Money typedAmount() {
    try {
      return Money.parseBaht(amount);
    } catch (BadInput e) {
      throw (BadInput) e.on("amount");
    }
  }

  private PaymentMethod typedMethod() {
    if (method == null || method.isBlank()) {
      return getMethods().isEmpty() ? null : getMethods().get(0);
    }
    try {
      return PaymentMethod.valueOf(method);
    } catch (IllegalArgumentException e) {
      throw (BadInput) new BadInput("welfare.donation.method.unavailable").on("method");
    }
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getDonorName() {
    return donorName;
  }

  public void setDonorName(String donorName) {
    this.donorName = donorName;
  }

  /** A signed-in shopper's own address, until she types another. */
  public String getEmail() {
    if (email == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
      try {
        email = accounts.caller().email();
      } catch (RuntimeException e) {
        email = "";
      }
    }
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getMethod() {
    if (method == null && !getMethods().isEmpty()) {
      method = getMethods().get(0).name();
    }
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }
}
