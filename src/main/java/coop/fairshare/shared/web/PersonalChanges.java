package coop.fairshare.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Notes in her session when someone with a session last sent a change (any request but GET, HEAD
 * or OPTIONS), so that a page kept from before it is not what she sees next: a producer who has just
 * changed her price sees her product page rendered afresh, not the copy kept a few seconds ago for
 * everyone ({@link AnonymousPageCache}, {@link PersonalParts}).
 */
@WebFilter(filterName = "PersonalChanges", urlPatterns = "/*")
public class PersonalChanges extends HttpFilter {

  /** The wall-clock milliseconds of her last change (a Long). */
  static final String CHANGED_AT = "fairshare.changedAt";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (isChange(request.getMethod())) {
        HttpSession session = request.getSession(false);
        if (session != null) {
          try {
            session.setAttribute(CHANGED_AT, System.currentTimeMillis());
          } catch (IllegalStateException signedOut) {
            // the change was signing out: nothing of hers is left to keep
          }
        }
      }
    }
  }

  static boolean isChange(String method) {
    return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
  }
}
