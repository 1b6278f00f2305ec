package coop.fairshare.catalog.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import coop.fairshare.shared.Money;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.split.WhereYourMoneyGoes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** One product, its makers' group and, for food, what is in it. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ProductPage {

  private static final java.util.Set<String> CART_REFUSALS = java.util.Set.of("cart.variant.required", "cart.quantity.invalid", "cart.notOnSale", "cart.tooManyLines");

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  private String id;
  private String cart;
  private Product product;
  private List<Product> moreFromGroup;
  private SplitAllocation split;

  @EJB
  private WhereYourMoneyGoes money;

  public void load() throws IOException {
    Long productId = parse(id);
    product = productId == null ? null : catalog.product(productId).orElse(null);
    if (product == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "product");
      faces.responseComplete();
      return;
    }
    moreFromGroup = catalog.productsOfGroup(product.group().id()).stream().filter(p -> !p.id().equals(productId)).limit(4).toList();
  }

  /** Where the shopper's money goes if she buys one at this price. */
  public SplitAllocation getSplit() {
    if (split == null) {
      split = money.forProduct(product.id(), product.price()).allocation();
    }
    return split;
  }

  /** A part's width in the split bar, as a CSS percentage of the price. */
  public String widthOf(Money part) {
    if (!part.isPositive()) {
      return "0%";
    }
    return BigDecimal.valueOf(part.satang()).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(product.price().satang()), 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  public Product getProduct() {
    return product;
  }

  public ProducerGroup getGroup() {
    return product.group();
  }

  public List<Product> getMoreFromGroup() {
    return moreFromGroup;
  }

  public long getMakers() {
    return directory.activeMemberCount(product.group().id());
  }

  /** Why the last "add to cart" was refused, from the cart's redirect; only known keys are shown. */
  public String getCartRefusal() {
    if (cart == null || !CART_REFUSALS.contains(cart)) {
      return null;
    }
    return Texts.text(cart, coop.fairshare.order.Cart.MAX_QUANTITY, coop.fairshare.order.Cart.MAX_LINES);
  }

  public String getCart() {
    return cart;
  }

  public void setCart(String cart) {
    this.cart = cart;
  }

  /** The id as typed in the address; anything but a number is simply not found. */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  private static Long parse(String raw) {
    try {
      return raw == null ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
