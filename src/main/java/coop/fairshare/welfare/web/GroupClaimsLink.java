package coop.fairshare.welfare.web;

import coop.fairshare.welfare.WelfareClaims;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * Whether the header shows a producer the link to her group's claims: asked once per session, as
 * the header's other links are (account/web/SessionBar); asking on every page cost a service call
 * and, for a producer who is herself a member, her member and group rows. Only the link: the claim
 * page asks {@link ClaimForm#isLeader} every time, and the service checks who may claim for whom on
 * every claim. One for the application: it keeps nothing but what it puts in her session.
 */
@Named
@ApplicationScoped
public class GroupClaimsLink {

  /** In the session: whether she led a group when the header first asked, and who she was. */
  static final String KEPT = "fairshare.leaderLink";

  record Kept(String username, boolean leads) implements Serializable {}

  @Inject
  private HttpServletRequest request;

  @EJB
  private WelfareClaims claims;

  public boolean isShown() {
    String username = request.getRemoteUser();
    HttpSession session = request.getSession(false);
    if (username == null || session == null) {
      return false;
    }
    try {
      if (session.getAttribute(KEPT) instanceof Kept kept && kept.username().equals(username)) {
        return kept.leads();
      }
      // the service asks her role itself (and the header asks it before this)
      boolean leads = claims.callerLeadsAGroup();
      session.setAttribute(KEPT, new Kept(username, leads));
      return leads;
    } catch (IllegalStateException invalidated) {
      return false; // she signed out during this request: no link
    }
  }
}
