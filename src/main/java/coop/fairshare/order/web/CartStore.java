package coop.fairshare.order.web;

import coop.fairshare.order.Cart;
import coop.fairshare.order.Carts;
import coop.fairshare.shared.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.function.Consumer;

/**
 * Where the visitor's cart is: a signed-in shopper's in the database, anyone else's in the HTTP
 * session. Reading never creates a session, so a visitor who has not put anything in a cart
 * keeps browsing pages that can be served from the cache. One for the whole application: it holds
 * nothing of its own (the request it reads is the current one), and the header asks it on every
 * page, where creating a request's bean cost more than the one session read it does.
 */
@Named
@ApplicationScoped
public class CartStore {

  static final String GUEST_CART = "fairshare.cart";
  /** Read by the page cache too: her cart count is one of her page parts. */
  static final String CART_UNITS = coop.fairshare.shared.web.PersonalParts.CART_UNITS;

  @Inject
  private HttpServletRequest request;

  @EJB
  private Carts carts;

  public Cart current() {
    if (isShopper()) {
      return mergeGuestCart();
    }
    HttpSession session = request.getSession(false);
    Object cart = session == null ? null : session.getAttribute(GUEST_CART);
    return cart instanceof Cart c ? c.copy() : new Cart();
  }

  /** Applies a change; refused changes (a limit broken) leave the cart as it was. */
  public Cart change(Consumer<Cart> change) {
    Cart cart = current();
    change.accept(cart);
    return store(cart);
  }

  public Cart store(Cart cart) {
    if (isShopper()) {
      carts.save(cart);
    } else {
      // set again after every change, so the cluster copies the session to the other instances
      request.getSession(true).setAttribute(GUEST_CART, cart.copy());
    }
    remember(cart);
    return cart;
  }

  public void clear() {
    store(new Cart());
  }

  /**
   * A shopper's saved cart; what she put in the cart as a guest before signing in joins it the
   * first time it is read after the login.
   */
  private Cart mergeGuestCart() {
    HttpSession session = request.getSession(false);
    Object guest = session == null ? null : session.getAttribute(GUEST_CART);
    if (!(guest instanceof Cart c)) {
      return carts.saved();
    }
    Cart merged = carts.mergeGuestCart(c);
    session.removeAttribute(GUEST_CART);
    remember(merged);
    return merged;
  }

  /** Units in the cart for the header badge: read from the session only, never from the database. */
  public int units() {
    HttpSession session = request.getSession(false);
    Object units = session == null ? null : session.getAttribute(CART_UNITS);
    return units instanceof Integer n ? n : 0;
  }

  private void remember(Cart cart) {
    HttpSession session = request.getSession(cart.units() > 0);
    if (session != null) {
      session.setAttribute(CART_UNITS, cart.units());
    }
  }

  private boolean isShopper() {
    return request.isUserInRole(Roles.SHOPPER);
  }
}
