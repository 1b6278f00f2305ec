package coop.fairshare.account.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.account.Accounts;
import coop.fairshare.account.NewShopper;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;

/**
 * Shopper self-registration. The service validates; each broken rule comes back as a message key
 * shown beside its field in the visitor's language, and everything typed (but the password) stays.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class RegistrationPage {

  @EJB
  private Accounts accounts;

  /** The form's inputs by the names the accounts' refusals give the fields. */
  private static final Map<String, String> INPUTS = Map.of(
      "username", "registration:username", "displayName", "registration:displayName", "email", "registration:email", "password", "registration:password");

  private String username;
  private String displayName;
  private String email;
  private String password;
  private String passwordAgain;

  public String register() {
    if (password != null && !password.equals(passwordAgain)) {
      Texts.error("registration:passwordAgain", "registration.password.mismatch");
      return null;
    }
    try {
      accounts.registerShopper(new NewShopper(trim(username), trim(displayName), trim(email), password));
    } catch (ConstraintViolationException e) {
      for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
        Texts.error("registration:" + field(violation.getPropertyPath()), key(violation.getMessageTemplate()));
      }
      return null;
    } catch (BusinessRuleViolation e) {
      PageActions.refused(e, INPUTS);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.info(null, "registration.done", username);
    return "/login.xhtml?faces-redirect=true";
  }

  private static String field(Path path) {
    String last = "";
    for (Path.Node node : path) {
      last = node.getName();
    }
    return last;
  }

  private static String key(String template) {
    return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return null;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}
