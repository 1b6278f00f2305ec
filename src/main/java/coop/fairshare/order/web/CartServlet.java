package coop.fairshare.order.web;

import coop.fairshare.order.Carts;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.web.SameOrigin;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    if (!SameOrigin.permits(request)) {
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

  private static long number(String raw, long fallback) {
    try {
      return raw == null ? fallback : Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
