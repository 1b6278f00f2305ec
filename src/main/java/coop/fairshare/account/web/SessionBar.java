package coop.fairshare.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is signed in, for the page header (signing out: LogoutServlet). */
@Named
@RequestScoped
public class SessionBar {

  @Inject
  private SecurityContext security;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public boolean isShopper() {
    return security.isCallerInRole("SHOPPER");
  }

  public boolean isAdmin() {
    return security.isCallerInRole("ADMIN");
  }

  public boolean isProducer() {
    return security.isCallerInRole("PRODUCER");
  }

  /** Her login belongs to a member (a member's own login, or a producer who is one). */
  public boolean isMember() {
    return security.isCallerInRole("MEMBER");
  }

  public boolean isTreasurer() {
    return security.isCallerInRole("TREASURER") || security.isCallerInRole("ADMIN");
  }
}
