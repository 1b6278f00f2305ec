package coop.fairshare.order.web;

import coop.fairshare.order.Cart;
import coop.fairshare.shared.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Why the last "add to cart" was refused, from {@link CartServlet}'s redirect back to the product
 * page (parameter {@code cart}); only known keys are shown. The cart's own part of the product page.
 */
@Named
@RequestScoped
public class CartRefusal {

  private static final Set<String> REFUSALS = Set.of("cart.variant.required", "cart.quantity.invalid", "cart.notOnSale", "cart.tooManyLines");

  public String getText() {
    String key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cart");
    if (key == null || !REFUSALS.contains(key)) {
      return null;
    }
    return Texts.text(key, Cart.MAX_QUANTITY, Cart.MAX_LINES);
  }
}
