package coop.fairshare.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import coop.fairshare.shared.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in, for the page header (signing out: LogoutServlet). Her roles are asked of the
 * container once per session and kept in it beside her name: a role check walks Payara's JACC
 * policy, and Faces evaluates a header link's {@code rendered} several times per view (a quarter of
 * a signed-in page's CPU went there when every evaluation asked again). They only choose which
 * links the header shows; every page and service checks her roles itself, so a role taken from
 * her meanwhile at most leaves a link that now answers "not allowed" until she signs in again.
 */
@Named
@RequestScoped
public class SessionBar {

  /** In the session: whose roles (a new sign-in in the same session asks again) and which. */
  static final String ROLES = "fairshare.headerRoles";
  private static final List<String> ALL = List.of(Roles.SHOPPER, Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN, Roles.MEMBER);

  @Inject
  private HttpServletRequest request;

  private Principal principal;
  private Set<String> roles;

  /** Her name and roles as the header last saw them. Serializable: the cluster copies the session. */
  record HeaderRoles(String username, Set<String> roles) implements Serializable {}

  private boolean in(String role) {
    Principal caller = principal();
    if (caller == null) {
      return false;
    }
    if (roles == null) {
      roles = rolesOf(caller);
    }
    return roles.contains(role);
  }

  private Set<String> rolesOf(Principal caller) {
    HttpSession session = request.getSession(false);
    try {
      if (session != null && session.getAttribute(ROLES) instanceof HeaderRoles kept && kept.username().equals(caller.getName())) {
        return kept.roles();
      }
      Set<String> asked = ALL.stream().filter(request::isUserInRole).collect(Collectors.toUnmodifiableSet());
      if (session != null) {
        session.setAttribute(ROLES, new HeaderRoles(caller.getName(), Set.copyOf(asked)));
      }
      return asked;
    } catch (IllegalStateException invalidated) {
      return ALL.stream().filter(request::isUserInRole).collect(Collectors.toUnmodifiableSet());
    }
  }

  private Principal principal() {
    if (principal == null) {
      // the request's own principal: Soteria's SecurityContext.getCallerPrincipal() builds a parser
      // that first tries to load WebLogic's and JBoss's classes, failing each time (half an order
      // page's CPU went into those failed class loads)
      principal = request.getUserPrincipal();
    }
    return principal;
  }

  public boolean isSignedIn() {
    return principal() != null;
  }

  public String getUsername() {
    Principal caller = principal();
    return caller == null ? "" : caller.getName();
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
