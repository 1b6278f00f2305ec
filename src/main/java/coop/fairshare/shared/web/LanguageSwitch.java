package coop.fairshare.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /language?to=en&back=/catalog/} sets the language cookie and returns to the page. */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String to = "en".equals(request.getParameter("to")) ? "en" : "th";
    Cookie cookie = new Cookie(Language.COOKIE, to);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.sendRedirect(request.getContextPath() + safeLocalPath(request.getParameter("back")));
  }

  /** Only a path inside this site, never another host: an open redirect would help phishers. */
  public static String safeLocalPath(String back) {
    return safeLocalPathOr(back, "/");
  }

  public static String safeLocalPathOr(String back, String fallback) {
    // browsers drop tabs and newlines from addresses, so "/\t/evil" would become "//evil"
    if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return fallback;
    }
    return back;
  }
}
