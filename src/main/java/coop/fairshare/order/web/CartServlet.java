package coop.fairshare.order.web;

import coop.fairshare.order.Carts;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Add to cart" from a product page. A plain form post, not a Faces one, so product pages carry no
 * view state and can be served to anonymous visitors from the cache; the session starts here, with
 * the first thing put in a cart.
 */
@WebServlet("/cart/add")
public class CartServlet extends HttpServlet {

  @Inject
  private CartStore store;

  @EJB
  private Carts carts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    long productId = number(request.getParameter("product"), -1);
    long variantId = number(request.getParameter("variant"), -1);
    long quantity = number(request.getParameter("quantity"), Long.MIN_VALUE);
    String back = request.getContextPath() + "/catalog/product.xhtml?id=" + productId;
    if (variantId < 0) {
      response.sendRedirect(back + "&cart=cart.variant.required");
      return;
    }
    if (quantity < 1 || quantity > coop.fairshare.order.Cart.MAX_QUANTITY) {
      response.sendRedirect(back + "&cart=cart.quantity.invalid");
      return;
    }
    try {
      carts.requireOnSale(variantId);
      store.change(cart -> cart.add(variantId, (int) quantity));
    } catch (NotFound e) {
      response.sendRedirect(back + "&cart=cart.notOnSale");
      return;
    } catch (BusinessRuleViolation e) {
      response.sendRedirect(back + "&cart=" + URLEncoder.encode(e.messageKey(), StandardCharsets.UTF_8));
      return;
    }
    response.sendRedirect(request.getContextPath() + "/cart/?added=" + variantId);
  }

  /** A form posted from another site is refused: a browser sends Origin with every cross-site post. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    try {
      URI from = URI.create(origin);
      String host = request.getHeader("Host");
      return host != null && host.equalsIgnoreCase(from.getAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static long number(String raw, long fallback) {
    try {
      return raw == null ? fallback : Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
