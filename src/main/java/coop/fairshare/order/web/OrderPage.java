package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.OrderEvent;
import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.SlipFile;
import jakarta.servlet.http.Part;
import coop.fairshare.payment.PromptPayQr;
import coop.fairshare.payment.QrImage;
import coop.fairshare.payment.StripeIntent;
import coop.fairshare.order.Fulfilment;
import coop.fairshare.order.OrderLine;
import coop.fairshare.order.OrderState;
import coop.fairshare.order.OrderView;
import coop.fairshare.order.Orders;
import coop.fairshare.order.ShopOrder;
import coop.fairshare.order.DeliveryRules;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.KeptPage;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.Uploads;
import coop.fairshare.split.SplitAllocation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/**
 * One order and its receipt: state, parcels with tracking numbers, what each line cost and where
 * its money went. A shopper sees her own; a guest hers through the secret link; a treasurer any.
 * Anyone else gets "not found", whatever number they type.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/orders/order.xhtml")
public class OrderPage implements KeptPage {

  /**
   * The whole page shows only the order as read for her (shared/web/KeptPages), except while it
   * waits for a Stripe payment: then its card form or QR comes from Stripe on each view, and the
   * page is drawn afresh.
   */
  @Override
  public String pageKey() {
    return isStripe() ? null : getShownKey();
  }

  /** Whether the order waits for a Stripe payment: its page is then neither kept nor drawn from a kept part. */
  public boolean isStripe() {
    return getOrder() != null && getOrder().waitsForStripe();
  }

  @EJB
  private Orders orders;

  @EJB
  private DeliveryRules delivery;

  @Inject
  private Language language;

  private String n;
  private String t;
  private OrderView view;
  private boolean looked;
  private boolean stripeAsked;
  private StripeIntent stripeIntent;
  private String stripeRefusal;
  private transient Part slip;
  private final java.util.Map<String, String> refundErrors = new java.util.HashMap<>();
  private String refundReason;

  @Inject
  private PaymentSettings paymentSettings;

  @Inject
  private HttpServletRequest request;

  /** Nobody else's order: whatever number she types, an order not hers is "not found" (shared/web/KeptPages answers 404). */
  @Override
  public boolean isFound() {
    return getOrder() != null;
  }

  /**
   * The order as its page shows it, read once per request in one call (Orders.view decides whose
   * it may be: her own, a guest's by its token, any for a treasurer; nobody else's). The number and
   * secret link come from the address, or from plain fields of a posted form (read through Faces
   * then, which reads a multipart form); the page has no view parameters, so a kept page is asked
   * for its key before Faces starts.
   */
  private OrderView view() {
    if (view == null && !looked) {
      looked = true;
      FacesContext faces = FacesContext.getCurrentInstance();
      java.util.function.UnaryOperator<String> asked = faces == null ? request::getParameter
          : faces.getExternalContext().getRequestParameterMap()::get;
      n = asked.apply("n");
      t = asked.apply("t");
      try {
        view = orders.view(n, t);
      } catch (NotFound e) {
        view = null;
      }
    }
    return view;
  }

  public ShopOrder getOrder() {
    return view() == null ? null : view.order();
  }

  /**
   * The key the page's content is kept under once drawn (shared/web/DataKey): the order and each
   * parcel with their versions (which grow with every change), the groups' names, each line's split
   * as recorded and the province's name; the slips sent, the history, how to pay (the QR's text, the
   * bank account); the number and secret link it was asked with, and what she may do on it (send a
   * slip, call it off, give money back), which differ between its shopper, a guest and a treasurer.
   */
  public String getShownKey() {
    if (shownKey != null) {
      return shownKey;
    }
    ShopOrder shown = getOrder();
    if (shown == null) {
      return "none";
    }
    StringBuilder key = new StringBuilder().append(shown.id()).append('v').append(shown.version()).append('|').append(getProvinceName());
    for (Fulfilment parcel : shown.fulfilments()) {
      key.append('|').append(parcel.id()).append('v').append(parcel.version()).append(':').append(parcel.group().nameTh()).append(':').append(parcel.group().nameEn());
    }
    shown.lines().forEach(line -> key.append('|').append(splitOf(line)));
    shownKey = DataKey.of(key, n, t, view.slips(), view.history(), view.promptPayQr(), view.bankAccount(),
        isSlipAllowed(), isCancellable(), isRefundable());
    return shownKey;
  }

  private String shownKey;

  /** The split this line was stored with at checkout; none outside a row (Faces asks once without one). */
  public SplitAllocation splitOf(OrderLine line) {
    return line == null || view() == null ? null : view.splitOf(line).orElse(null);
  }

  public List<OrderEvent> getHistory() {
    return view().history();
  }

  /**
   * The Stripe intent this page pays through (card form or Stripe's PromptPay QR), made or found
   * once per request; none when the order does not wait for a Stripe payment, or Stripe did not
   * answer (the page then says so, in words).
   */
  public StripeIntent getStripeIntent() {
    if (!stripeAsked) {
      stripeAsked = true;
      if (getOrder().waitsForStripe()) {
        try {
          stripeIntent = orders.stripeIntent(n, t == null || t.isBlank() ? null : t);
        } catch (BusinessRuleViolation e) {
          // shown in the payment box itself: the page's messages are already drawn by now
          stripeRefusal = e.messageKey();
        }
      }
    }
    return stripeIntent;
  }

  /** Why no Stripe form or QR can be shown (a message key), if so. */
  public String getStripeRefusal() {
    getStripeIntent();
    return stripeRefusal;
  }

  public String getStripePublishableKey() {
    return paymentSettings.stripePublishableKey().orElse("");
  }

  /** Stripe's PromptPay QR, drawn here from its EMVCo text. */
  public String getStripeQrImage() {
    StripeIntent intent = getStripeIntent();
    return intent == null ? null : intent.qr().map(data -> QrImage.dataUri(data, 320)).orElse(null);
  }

  /** The cooperative's own PromptPay QR for this order (no fee), while it waits for the money. */
  public PromptPayQr getPromptPayQr() {
    return view().promptPayQr().orElse(null);
  }

  public String getPromptPayQrImage() {
    PromptPayQr qr = getPromptPayQr();
    return qr == null ? null : QrImage.dataUri(qr.payload(), 320);
  }

  /** A treasurer may give money back for a paid order, here, line by line. */
  public boolean isRefundable() {
    return getOrder().state().isPaid() && isBookkeeper();
  }

  /** What was typed beside a line (kept when the refund is refused). */
  public String typedUnits(OrderLine line) {
    return line == null ? "" : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().getOrDefault("units-" + line.lineNo(), "");
  }

  /** Why the units typed beside a line were refused, if they were. */
  public String refundError(OrderLine line) {
    return line == null ? null : refundErrors.get("units-" + line.lineNo());
  }

  public String getRefundLinesError() {
    return refundErrors.get("lines");
  }

  public String getRefundReason() {
    return refundReason;
  }

  public void setRefundReason(String refundReason) {
    this.refundReason = refundReason;
  }

  /**
   * Gives back the units typed beside each line (plain fields named units-N: the lines are drawn
   * from the order, which a postback's form does not know before this runs).
   */
  public void refundLines() throws IOException {
    java.util.Map<String, String> typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    List<ShopOrder.RefundLine> lines = new java.util.ArrayList<>();
    for (OrderLine line : getOrder().lines()) {
      String units = typed.getOrDefault("units-" + line.lineNo(), "").strip();
      if (units.isEmpty()) {
        continue;
      }
      if (!units.matches("\\d{1,3}")) {
        refundErrors.put("units-" + line.lineNo(), Texts.text(language.getLocale(), "order.refund.units", line.lineNo(), line.refundableQuantity()));
        return;
      }
      lines.add(new ShopOrder.RefundLine(line.lineNo(), Integer.parseInt(units)));
    }
    refund(() -> orders.refund(getN(), lines, false, refundReason));
  }

  /** Gives back everything still paid for, with the shipping fee. */
  public void refundWhole() throws IOException {
    refund(() -> orders.refund(getN(), List.of(), true, refundReason));
  }

  private void refund(Runnable useCase) throws IOException {
    try {
      useCase.run();
    } catch (BusinessRuleViolation e) {
      String field = e.field().orElse("");
      String text = Texts.text(language.getLocale(), e.messageKey(), e.arguments());
      if ("reason".equals(field)) {
        Texts.error("refund-reason", e.messageKey(), e.arguments());
      } else if (field.startsWith("units-") || "lines".equals(field)) {
        refundErrors.put(field, text);
      } else {
        refundErrors.put("lines", text);
      }
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    Texts.info(null, "order.refunded", getN());
    external.redirect(external.getRequestContextPath() + "/orders/order.xhtml?n=" + getN());
  }

  /** She may send the slip of her transfer while the order waits for the cooperative's QR or a bank transfer. */
  public boolean isSlipAllowed() {
    ShopOrder o = getOrder();
    return o != null && (isGuest() || isShopper()) && o.waitsForTransfer();
  }

  public List<PaymentSlip> getSlips() {
    return view() == null ? List.of() : view.slips();
  }

  public Part getSlip() {
    return slip;
  }

  public void setSlip(Part slip) {
    this.slip = slip;
  }

  /**
   * Sends the slip chosen; a refusal (not a picture or PDF, too big) is shown beside the field. The
   * page's one form does not prepend its id, so the field's own id is {@code slip}, found in the view
   * as {@code order-form:slip}.
   */
  public void sendSlip() throws IOException {
    byte[] sent = Uploads.read(slip, SlipFile.MAX_BYTES, "slip", "payment.slip.tooLarge");
    if (sent == null) {
      return;
    }
    if (PageActions.attempt(() -> orders.sendSlip(getN(), isGuest() ? getT() : null, sent), java.util.Map.of("slip", "order-form:slip"))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Texts.info(null, "order.slip.sent");
      external.redirect(herPage());
    }
  }

  public String getBankAccount() {
    return view().bankAccount();
  }

  /** In the language of the request itself: the page's key, which holds it, is asked before Faces starts. */
  public String getProvinceName() {
    if (provinceName == null) {
      provinceName = delivery.province(getOrder().provinceCode()).map(p -> p.name(Language.of(request))).orElse(getOrder().provinceCode());
    }
    return provinceName;
  }

  /*
   * Who is looking, asked of the container once a view: each question walks its authorisation
   * policy, and Faces evaluates a form's "rendered" several times while it builds, draws and keeps
   * the page. The services check her roles again for everything they do.
   */
  private boolean isShopper() {
    if (shopper == null) {
      shopper = request.isUserInRole("SHOPPER");
    }
    return shopper;
  }

  private boolean isBookkeeper() {
    if (bookkeeper == null) {
      bookkeeper = request.isUserInRole("TREASURER") || request.isUserInRole("ADMIN");
    }
    return bookkeeper;
  }

  private Boolean shopper;
  private Boolean bookkeeper;
  private String provinceName;

  /** Her own unpaid order, or a guest's through its secret link, may be called off; a treasurer's look offers no such button. */
  public boolean isCancellable() {
    return getOrder().state() == OrderState.AWAITING_PAYMENT && (isGuest() || isShopper());
  }

  private boolean isGuest() {
    String token = getT();
    return token != null && !token.isBlank();
  }

  /** The request param that carries the question asked, so its answer's button is there again when she answers. */
  static final String CONFIRM = "confirm";

  private Boolean confirmingCancel;

  /**
   * Whether she was asked "call the order off?" and it waits for her answer: set by her first tap,
   * or carried by the form when she answers (a postback only: an address never draws the question,
   * which would then be kept as the page everyone with that key sees).
   */
  public boolean isConfirmingCancel() {
    if (confirmingCancel == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      confirmingCancel = faces.isPostback() && "cancel".equals(faces.getExternalContext().getRequestParameterMap().get(CONFIRM));
    }
    return confirmingCancel;
  }

  /**
   * Her first tap on "cancel order" only asks: a tap by mistake on a phone would give up the stock
   * held for her (the page draws the question only while the order may still be called off).
   */
  public void askToCancel() {
    confirmingCancel = true;
  }

  public void cancel() throws IOException {
    Runnable callOff = isGuest() ? () -> orders.cancelByToken(getN(), getT()) : () -> orders.cancel(getN());
    if (PageActions.attempt(callOff)) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Texts.info(null, "order.cancelled", getN());
      external.redirect(herPage());
    }
  }

  /** This order's page as she opened it (a guest's with its secret link): "keep my order" goes back to it. */
  public String getHerPageLink() {
    return herPage();
  }

  /** This order's page as she opened it: a guest's with its secret link. */
  private String herPage() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/orders/order.xhtml?n=" + getN()
        + (isGuest() ? "&t=" + java.net.URLEncoder.encode(getT(), java.nio.charset.StandardCharsets.US_ASCII) : "");
  }

  /** The number asked for, as typed in the address or carried by the form. */
  public String getN() {
    view();
    return n;
  }

  /** The secret link's token a guest came with; empty for a signed-in look. */
  public String getT() {
    view();
    return t;
  }
}
