package coop.fairshare.account.web;

import coop.fairshare.shared.web.SameOrigin;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out, from the page header. A plain form post, not a Faces one: the header is on every
 * page, and a Faces form there gave every signed-in page a view state, kept in the session (a
 * session write, replicated in a cluster, on every GET). Without it a signed-in page with no form
 * of its own is rendered stateless, as an anonymous one is. Only a post from our own pages signs out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    if (!SameOrigin.permits(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/");
  }
}
