package coop.fairshare.account.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.LanguageSwitch;
import coop.fairshare.shared.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form. The password is never kept beyond this request, and never logged. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class LoginPage {

  @Inject
  private SecurityContext security;


  private String username;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    AuthenticationStatus status = security.authenticate(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams().newAuthentication(true).credential(new UsernamePasswordCredential(name, password == null ? "" : password)));
    password = null;
    switch (status) {
      case SUCCESS -> {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
          request.changeSessionId(); // no session fixation across the login
        }
        external.redirect(external.getRequestContextPath() + LanguageSwitch.safeLocalPathOr(next, landingPage()));
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_OK);
        Texts.error(null, "login.failed");
      }
    }
  }

  private String landingPage() {
    if (security.isCallerInRole("PRODUCER")) {
      return "/producer/products.xhtml";
    }
    if (security.isCallerInRole("TREASURER") || security.isCallerInRole("ADMIN")) {
      return "/treasurer/index.xhtml";
    }
    if (security.isCallerInRole("MEMBER")) {
      return "/member/home.xhtml";
    }
    return "/";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
