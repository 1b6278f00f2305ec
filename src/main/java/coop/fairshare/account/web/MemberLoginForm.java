package coop.fairshare.account.web;

import coop.fairshare.account.MemberLogin;
import coop.fairshare.account.MemberLogins;
import coop.fairshare.account.NewMemberLogin;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * On a member's page in the register: the treasurer makes her a login (a password typed, or one the
 * app makes and shows this once), or links a producer's login of her group to her.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class MemberLoginForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("username", "login:username", "displayName", "login:displayName", "email", "login:email",
      "password", "login:password");
  private static final Map<String, String> LINK_FIELDS = Map.of("username", "link:producer");

  @EJB
  private MemberLogins logins;

  private String username;
  private String displayName;
  private String email;
  private String password;
  private String producer;
  private String initialPassword;
  private String existing;
  private boolean looked;

  /** The member's login, if she has one. */
  public String existingLogin(long memberId) {
    if (!looked) {
      looked = true;
      existing = logins.loginOf(memberId).orElse(null);
    }
    return existing;
  }

  public void create(String memberNumber) {
    Optional<MemberLogin> made = PageActions.call(() -> logins.create(memberNumber, new NewMemberLogin(username, displayName, email, password)), FIELDS);
    password = null;
    made.ifPresent(login -> {
      existing = login.username();
      initialPassword = login.initialPassword();
      Texts.info(null, "member.login.created", login.username());
    });
  }

  public void link(String memberNumber) {
    PageActions.call(() -> logins.linkProducer(memberNumber, producer), LINK_FIELDS).ifPresent(login -> {
      existing = login.username();
      Texts.info(null, "member.login.linked", login.username());
    });
  }

  /** The password the app made, shown once: it is gone when the page is left. */
  public String getInitialPassword() {
    return initialPassword;
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
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getProducer() {
    return producer;
  }

  public void setProducer(String producer) {
    this.producer = producer;
  }
}
