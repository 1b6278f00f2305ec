package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Basket;
import coop.fairshare.order.Cart;
import coop.fairshare.order.CartRefused;
import coop.fairshare.order.Carts;
import coop.fairshare.order.DeliveryRules;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cart: change quantities, remove lines, see the total and the shipping, go to checkout. */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/cart/index.xhtml")
public class CartPage implements KeptPage {

  /** The whole page shows only her cart's lines, priced, and the shipping (shared/web/KeptPages); after a button it is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }


  @Inject
  private CartStore store;

  @EJB
  private Carts carts;

  @EJB
  private DeliveryRules delivery;

  private Basket basket;
  /** The shipping of {@link #basket}, worked out once a request (the page shows it twice). */
  private Optional<Money> shipping;
  private final Map<Long, Integer> quantities = new HashMap<>();

  public Basket getBasket() {
    if (basket == null) {
      basket = carts.price(store.current());
    }
    return basket;
  }

  /** Shipping as it will be charged: one parcel per group, by weight; null when a parcel is too heavy. */
  public Money getShipping() {
    if (shipping == null) {
      shipping = getBasket().shippingFeeIfSendable(delivery.shippingTable());
    }
    return shipping.orElse(null);
  }

  public Money getTotal() {
    Money shipping = getShipping();
    return shipping == null ? getBasket().itemsTotal() : getBasket().itemsTotal().plus(shipping);
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /**
   * The key the cart's table is kept under once drawn (shared/web/DataKey): its priced lines (each
   * with the stock left) and the shipping. Only a fresh look is kept: after a button the table shows
   * what she typed and what was refused.
   */
  public String getShownKey() {
    return partKey.of(getBasket(), getShipping());
  }

  public boolean isAnyLineShort() {
    return getBasket().lines().stream().anyMatch(Basket.Line::isShort);
  }

  /** Saves the quantities typed; a quantity of 0 removes the line. */
  public void update() {
    if (!quantitiesAllowed()) {
      return;
    }
    boolean saved = PageActions.attempt(() -> store.change(cart -> quantities.forEach((variant, quantity) -> {
      if (quantity == null) {
        return;
      }
      cart.set(variant, quantity);
    })));
    if (saved) {
      Texts.info(null, "cart.updated");
    }
    basket = null;
    shipping = null;
  }

  /**
   * Each quantity typed is put to the cart's own rule on its line first, so that a refusal stands
   * beside the field it is about (the cart's lines are the page's rows, in order); with any refused,
   * nothing is saved and what she typed stays.
   */
  private boolean quantitiesAllowed() {
    List<Basket.Line> rows = getBasket().lines();
    boolean allowed = true;
    for (int row = 0; row < rows.size(); row++) {
      Integer quantity = quantities.get(rows.get(row).variantId());
      if (quantity == null) {
        continue;
      }
      try {
        new Cart().set(rows.get(row).variantId(), quantity);
      } catch (CartRefused refused) {
        Texts.error("cart:lines:" + row + ":quantity", refused.messageKey(), refused.arguments());
        allowed = false;
      }
    }
    return allowed;
  }

  public void remove(long variantId) {
    store.change(cart -> cart.remove(variantId));
    basket = null;
    shipping = null;
  }

  public void checkout() throws IOException {
    if (getBasket().isEmpty()) {
      Texts.error(null, "cart.empty");
      return;
    }
    if (isAnyLineShort()) {
      Texts.error(null, "cart.short");
      return;
    }
    if (getShipping() == null) {
      Texts.error(null, "order.parcelTooHeavy.cart");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/checkout/");
    faces.responseComplete();
  }

  /**
   * The quantity field of each line: what is in the cart until she types something else, so the
   * page shows each quantity once, in the field where she changes it.
   */
  public Map<Long, Integer> getQuantities() {
    if (quantities.isEmpty()) {
      getBasket().lines().forEach(line -> quantities.put(line.variantId(), line.quantity()));
    }
    return quantities;
  }

  public int getMaxQuantity() {
    return Cart.MAX_QUANTITY;
  }
}
