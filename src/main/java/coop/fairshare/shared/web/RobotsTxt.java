package coop.fairshare.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /robots.txt}: the shop's pages are for everyone; what is behind a sign-in, or personal, is
 * not for search engines. Written here rather than kept as a file so that its Sitemap line can be
 * the absolute address the protocol asks for.
 */
@WebServlet("/robots.txt")
public class RobotsTxt extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String RULES = """
      # The shop's pages are for everyone; what is behind a sign-in, or personal, is not for search engines.
      User-agent: *
      Disallow: /account/
      Disallow: /admin/
      Disallow: /api/
      Disallow: /cart/
      Disallow: /checkout/
      Disallow: /orders/
      Disallow: /producer/
      Disallow: /treasurer/
      """;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if (!response.containsHeader("Cache-Control")) {
      response.setHeader("Cache-Control", "public, max-age=300");
    }
    response.getWriter().write(text(PublicAddress.of(request)));
  }

  /** The rules (search engines read them at a host's root, where the shop runs) and where the sitemap is. */
  static String text(String base) {
    return RULES + "\nSitemap: " + base + "/sitemap.xml\n";
  }
}
