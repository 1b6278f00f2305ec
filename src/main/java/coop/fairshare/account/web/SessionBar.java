package coop.fairshare.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import coop.fairshare.shared.security.Roles;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * Who is signed in, for the page header (signing out: LogoutServlet). Each role is asked of the
 * container once per request: a role check walks Payara's JACC policy, and Faces evaluates a
 * header link's {@code rendered} several times per view (a quarter of a signed-in page's CPU went
 * there when every evaluation asked again).
 */
@Named
@RequestScoped
public class SessionBar {

  @Inject
  private SecurityContext security;

  private final Map<String, Boolean> roles = new HashMap<>(8);

  private boolean in(String role) {
    return roles.computeIfAbsent(role, security::isCallerInRole);
  }

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public boolean isShopper() {
    return in(Roles.SHOPPER);
  }

  public boolean isAdmin() {
    return in(Roles.ADMIN);
  }

  public boolean isProducer() {
    return in(Roles.PRODUCER);
  }

  /** Her login belongs to a member (a member's own login, or a producer who is one). */
  public boolean isMember() {
    return in(Roles.MEMBER);
  }

  public boolean isTreasurer() {
    return in(Roles.TREASURER) || in(Roles.ADMIN);
  }
}
