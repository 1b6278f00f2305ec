package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Basket;
import coop.fairshare.order.Carts;
import coop.fairshare.order.Checkout;
import coop.fairshare.order.CheckoutForm;
import coop.fairshare.order.DeliveryRules;
import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.order.PlacedOrder;
import coop.fairshare.order.Province;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.split.WhereYourMoneyGoes;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkout: where the parcel goes, what it costs, where each line's money goes, and the payment
 * step. Only what the shopper typed is kept between requests; the cart is priced afresh each time.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class CheckoutPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private CartStore store;

  @EJB
  private Carts carts;

  @EJB
  private Checkout checkout;

  @EJB
  private DeliveryRules delivery;

  @EJB
  private WhereYourMoneyGoes money;

  @Inject
  private Language language;

  @Inject
  private PaymentSettings paymentSettings;

  /** The fields a refusal names (the address, the payment method), and the inputs beside which it is shown. */
  private static final Map<String, String> ADDRESS_INPUTS = Map.of("recipient", "checkout:recipient", "phone", "checkout:phone", "email", "checkout:email",
      "line", "checkout:addressLine", "subdistrict", "checkout:subdistrict", "district", "checkout:district", "province", "checkout:province", "postcode", "checkout:postcode",
      "paymentMethod", "checkout:payment-method");

  private String recipient;
  private String phone;
  private String addressLine;
  private String subdistrict;
  private String district;
  private String provinceCode;
  private String postcode;
  private String email;
  private String paymentMethod;

  private transient Basket basket;
  private transient Map<Long, SplitAllocation> splits;

  public void load() throws IOException {
    if (getBasket().isEmpty()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/cart/");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Basket getBasket() {
    if (basket == null) {
      basket = carts.price(store.current());
    }
    return basket;
  }

  /** The split each line will be stored with: a bank transfer has no payment fee. */
  public SplitAllocation splitOf(Basket.Line line) {
    if (line == null) {
      return null; // Faces asks once outside a row, looking for forms before drawing the page
    }
    if (splits == null) {
      splits = new HashMap<>();
    }
    return splits.computeIfAbsent(line.variantId(), v -> money.forSale(line.productId(), line.lineTotal(), Money.ZERO));
  }

  public Money getShipping() {
    return getBasket().shippingFeeIfSendable(delivery.shippingTable()).orElse(null);
  }

  public Money getTotal() {
    Money shipping = getShipping();
    return shipping == null ? getBasket().itemsTotal() : getBasket().itemsTotal().plus(shipping);
  }

  public List<Province> getProvinces() {
    return delivery.provinces().stream().sorted(Comparator.comparing(p -> p.name(language.getLocale()))).toList();
  }

  public boolean isGuest() {
    return !FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SHOPPER");
  }

  public void placeOrder() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean guest = isGuest();
    PlacedOrder placed = PageActions.call(() -> checkout.place(store.current(), new CheckoutForm(recipient, phone, addressLine, subdistrict, district,
        provinceCode, postcode, email, PaymentMethod.named(paymentMethod), language.getCode())), ADDRESS_INPUTS).orElse(null);
    if (placed == null) {
      basket = null;
      return;
    }
    store.clear();
    ExternalContext external = faces.getExternalContext();
    external.getFlash().setKeepMessages(true);
    Texts.info(null, "checkout.placed", placed.number());
    external.redirect(external.getRequestContextPath() + "/orders/order.xhtml?n=" + placed.number()
        + (guest ? "&t=" + URLEncoder.encode(placed.accessToken(), StandardCharsets.US_ASCII) : ""));
    faces.responseComplete();
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getSubdistrict() {
    return subdistrict;
  }

  public void setSubdistrict(String subdistrict) {
    this.subdistrict = subdistrict;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** The ways to pay this shop offers (a PromptPay QR, card and PromptPay through Stripe when set up, a bank transfer). */
  public List<PaymentMethod> getPaymentMethods() {
    return paymentSettings.offered();
  }

  /** The first way offered is chosen until she picks another; a form posted with none chosen is refused, not defaulted. */
  @jakarta.annotation.PostConstruct
  void chooseTheFirstWayOffered() {
    paymentMethod = paymentSettings.offered().get(0).name();
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(String paymentMethod) {
    this.paymentMethod = paymentMethod;
  }
}
