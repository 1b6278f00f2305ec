package coop.fairshare.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The headers every answer carries, set before anything else writes so that whatever renders the
 * answer (a page, the API, the anonymous page cache replaying a page) may still add to them.
 *
 * <p>The Content-Security-Policy keeps every script, style, image and connection on our own origin
 * and forbids framing. PrimeFaces 15 and Faces write inline widget scripts, inline event handlers
 * and inline styles and evaluate the scripts of AJAX answers, so {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'} are the honest minimum for scripts; what the policy still stops is loading
 * anything from another site, sending data to another site, plugins, {@code <base>} tricks, forms
 * posting elsewhere and other sites framing the shop.
 *
 * <p>{@code Cache-Control: no-store} goes on whatever may be one person's: every page and API answer
 * for someone signed in or holding a session (a guest's cart), every API answer (orders, the
 * ledger, a guest's token) and a guest's order and checkout pages. Public pages for anonymous
 * visitors, Faces resources and photos keep their own caching (see {@link AnonymousPageCache}).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * An order page may also take a card through Stripe's Payment Element: Stripe.js from Stripe, its
   * frames, and its API; nothing else is loosened, and no other page allows Stripe at all.
   */
  public static final String ORDER_PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com;"
      + " style-src 'self' 'unsafe-inline'; img-src 'self' data: https://*.stripe.com; font-src 'self' data:; connect-src 'self' https://api.stripe.com;"
      + " frame-src https://js.stripe.com https://hooks.stripe.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** A request attribute: the {@code no-store} on this answer is this filter's, for someone with a session. */
  static final String SAID_FOR_HER = "fairshare.noStoreForHer";

  /** A donor's own gift, paid there and its receipt kept there (welfare). */
  private static final String DONATION_PAGE = "/welfare/donation.xhtml";

  /** Pages that show one person's order, cart or gift even to a visitor who is not signed in. */
  private static final List<String> PERSONAL_PATHS = List.of("/api/", "/orders/", "/checkout/", "/cart/", "/account/", "/login.xhtml", "/register.xhtml",
      DONATION_PAGE);

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // a gift to the welfare fund is paid on its own page, by the same card form as an order
    response.setHeader("Content-Security-Policy", path.startsWith("/orders/") || path.equals(DONATION_PAGE) ? ORDER_PAGE_POLICY : CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    boolean personalised = request.getUserPrincipal() != null || request.getHeader("Authorization") != null || request.getSession(false) != null;
    if (noStore(path, personalised)) {
      response.setHeader("Cache-Control", "no-store");
      if (personalised) {
        // the page cache may run inside this filter (annotated filters come in no set order): this
        // no-store is said of her answer, not by the page, which the cache still keeps for others
        request.setAttribute(SAID_FOR_HER, Boolean.TRUE);
      }
    }
    chain.doFilter(request, response);
  }

  /** Photos and Faces resources decide for themselves; everything one person's is never stored. */
  static boolean noStore(String path, boolean personalised) {
    if (path.startsWith("/photos/") || path.startsWith("/jakarta.faces.resource/")) {
      return false;
    }
    return personalised || PERSONAL_PATHS.stream().anyMatch(path::startsWith);
  }
}
