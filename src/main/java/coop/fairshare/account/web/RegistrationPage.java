package coop.fairshare.account.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.account.Accounts;
import coop.fairshare.account.NewShopper;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * Shopper self-registration. The service validates; each broken rule comes back as a message key
 * shown beside its field in the visitor's language, and everything typed (but the password) stays.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class RegistrationPage {

  private static final java.util.Set<String> FIELDS = java.util.Set.of("username", "displayName", "email", "password");

  @EJB
  private Accounts accounts;

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
    } catch (IllegalArgumentException e) {
      Texts.error(null, "error.invalidInput");
      return null;
    } catch (BusinessRuleViolation e) {
      Texts.error(fieldOf(e.messageKey()), e.messageKey(), e.arguments());
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.info(null, "registration.done", username);
    return "/login.xhtml?faces-redirect=true";
  }

  /** The field a refusal is about, from its key ("registration.password.common" is the password's); else the page's. */
  private static String fieldOf(String key) {
    String[] parts = key.split("\\.");
    return parts.length > 2 && parts[0].equals("registration") && FIELDS.contains(parts[1]) ? "registration:" + parts[1] : null;
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
