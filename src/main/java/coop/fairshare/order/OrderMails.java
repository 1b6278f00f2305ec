package coop.fairshare.order;

import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.mail.MailMessage;
import coop.fairshare.mail.Outbox;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.Named;
import coop.fairshare.shared.persistence.CoopSettings;
import coop.fairshare.shared.web.Format;
import coop.fairshare.shared.web.PublicAddress;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.split.SaleSplit;
import coop.fairshare.split.SaleSplits;
import coop.fairshare.split.SplitAllocation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What the shopper is told by e-mail, in the language she shopped in: her order placed (with her
 * link to it: a guest has no other way back), her payment arrived (the receipt with where every
 * line's money went), each parcel shipped (carrier and tracking number) and money refunded. Each
 * mail is queued in the transaction of the change it tells of, under a key that queues it once.
 */
@Stateless
@PermitAll
public class OrderMails {

  private static final Logger LOG = Logger.getLogger(OrderMails.class.getName());
  private static final Format FORMAT = new Format();

  @EJB
  private Outbox outbox;

  @EJB
  private SaleSplits splits;

  @PersistenceContext
  private EntityManager em;

  @Inject
  private HttpServletRequest request;

  public void placed(ShopOrder order) {
    outbox.queue(placed(order, linkTo(order), CoopSettings.text(em, "payment.bankAccount").orElse("")));
  }

  public void paid(ShopOrder order) {
    outbox.queue(paid(order, linkTo(order), line -> splits.find(line.saleRef()).map(SaleSplit::allocation)));
  }

  public void shipped(Fulfilment parcel) {
    outbox.queue(shipped(parcel, linkTo(parcel.order())));
  }

  /** The refund numbered {@code refundNo} of this order (1 for the first), of this amount. */
  public void refunded(ShopOrder order, Money amount, String reason, int refundNo) {
    outbox.queue(refunded(order, amount, reason, refundNo, linkTo(order)));
  }

  // ---- composing (plain functions of the order, so the tests read them without a server) -------------

  static MailMessage placed(ShopOrder order, String link, String bankAccount) {
    Locale locale = localeOf(order);
    StringBuilder text = new StringBuilder();
    text.append(Texts.text(locale, "mail.greeting", order.recipient())).append("\n\n");
    text.append(Texts.text(locale, "mail.placed.intro", order.number(), FORMAT.dateTime(order.placedAt(), locale))).append("\n\n");
    lines(text, order, locale, line -> Optional.empty());
    totals(text, order, locale);
    if (order.state() == OrderState.AWAITING_PAYMENT) {
      text.append(Texts.text(locale, "order.howToPay")).append('\n');
      if (!order.paymentMethod().viaStripe()) {
        // a transfer, or the cooperative's own QR shown on her order page
        text.append(Texts.text(locale, "order.bankTransfer", order.total(), order.number(), bankAccount)).append('\n');
      }
      if (order.paymentMethod() != PaymentMethod.BANK_TRANSFER) {
        text.append(Texts.text(locale, "mail.placed.payOnPage")).append('\n');
      }
      order.reservedUntil().ifPresent(until -> text.append(Texts.text(locale, "order.reservedUntil", FORMAT.dateTime(until, locale))).append('\n'));
      text.append('\n');
    }
    text.append(Texts.text(locale, "mail.placed.link")).append('\n').append(link).append('\n');
    text.append(Texts.text(locale, order.accountId().isPresent() ? "mail.placed.linkShopper" : "mail.placed.linkGuest")).append("\n\n");
    text.append(Texts.text(locale, "mail.signature"));
    return new MailMessage(order.email(), order.language(), Texts.text(locale, "mail.placed.subject", order.number()), text.toString(), null,
        "order-placed", order.number(), "order-placed-" + order.number());
  }

  static MailMessage paid(ShopOrder order, String link, Function<OrderLine, Optional<SplitAllocation>> splitOf) {
    Locale locale = localeOf(order);
    StringBuilder text = new StringBuilder();
    text.append(Texts.text(locale, "mail.greeting", order.recipient())).append("\n\n");
    text.append(Texts.text(locale, "mail.paid.intro", order.total(), order.number(), FORMAT.dateTime(order.paidAt().orElse(order.placedAt()), locale))).append("\n\n");
    text.append(Texts.text(locale, "order.receipt")).append(" · ").append(Texts.text(locale, "split.title")).append('\n');
    lines(text, order, locale, splitOf);
    totals(text, order, locale);
    text.append(Texts.text(locale, "mail.paid.next")).append('\n').append(link).append("\n\n");
    text.append(Texts.text(locale, "mail.signature"));
    return new MailMessage(order.email(), order.language(), Texts.text(locale, "mail.paid.subject", order.number()), text.toString(), null,
        "order-paid", order.number(), "order-paid-" + order.number());
  }

  static MailMessage shipped(Fulfilment parcel, String link) {
    ShopOrder order = parcel.order();
    Locale locale = localeOf(order);
    StringBuilder text = new StringBuilder();
    text.append(Texts.text(locale, "mail.greeting", order.recipient())).append("\n\n");
    text.append(Texts.text(locale, "mail.shipped.intro", new Named(parcel.group().nameTh(), parcel.group().nameEn()), order.number())).append("\n\n");
    text.append(Texts.text(locale, "mail.shipped.carrier", parcel.carrier().orElse(""))).append('\n');
    text.append(Texts.text(locale, "mail.shipped.tracking", parcel.trackingNumber().orElse(""))).append("\n\n");
    text.append(Texts.text(locale, "mail.shipped.contents")).append('\n');
    for (OrderLine line : parcel.lines()) {
      text.append("• ").append(line.quantity()).append(" × ").append(line.name(locale)).append('\n');
    }
    text.append('\n').append(Texts.text(locale, "mail.shipped.follow")).append('\n').append(link).append("\n\n");
    text.append(Texts.text(locale, "mail.signature"));
    return new MailMessage(order.email(), order.language(), Texts.text(locale, "mail.shipped.subject", order.number(), parcel.trackingNumber().orElse("")),
        text.toString(), null, "parcel-shipped", order.number(), "parcel-shipped-" + parcel.id());
  }

  static MailMessage refunded(ShopOrder order, Money amount, String reason, int refundNo, String link) {
    Locale locale = localeOf(order);
    String why = reason == null || reason.isBlank() ? Texts.text(locale, "mail.refunded.noReason") : reason.strip();
    StringBuilder text = new StringBuilder();
    text.append(Texts.text(locale, "mail.greeting", order.recipient())).append("\n\n");
    text.append(Texts.text(locale, "mail.refunded.intro", amount, order.number())).append('\n');
    text.append(Texts.text(locale, "mail.refunded.reason", why)).append("\n\n");
    text.append(Texts.text(locale, "mail.refunded.when")).append("\n\n");
    text.append(Texts.text(locale, "mail.paid.next")).append('\n').append(link).append("\n\n");
    text.append(Texts.text(locale, "mail.signature"));
    return new MailMessage(order.email(), order.language(), Texts.text(locale, "mail.refunded.subject", amount, order.number()), text.toString(), null,
        "order-refunded", order.number(), "order-refunded-" + order.number() + "-" + refundNo);
  }

  /** Each line with its price and, once it has one, where its money went (the split stored at checkout). */
  private static void lines(StringBuilder text, ShopOrder order, Locale locale, Function<OrderLine, Optional<SplitAllocation>> splitOf) {
    for (OrderLine line : order.lines()) {
      text.append("• ").append(line.quantity()).append(" × ").append(line.name(locale)).append(" — ").append(line.lineTotal().format(locale));
      text.append(" (").append(line.fulfilment().group().name(locale)).append(")\n");
      splitOf.apply(line).ifPresent(split -> {
        text.append("   ").append(Texts.text(locale, "split.maker")).append(' ').append(split.maker().format(locale));
        text.append(" · ").append(Texts.text(locale, "split.group")).append(' ').append(split.group().format(locale));
        text.append(" · ").append(Texts.text(locale, "split.welfare")).append(' ').append(split.welfare().format(locale));
        text.append(" · ").append(Texts.text(locale, "split.coop")).append(' ').append(split.coopAfterFee().format(locale));
        if (split.fee().isPositive()) {
          text.append(" · ").append(Texts.text(locale, "split.fee")).append(' ').append(split.fee().format(locale));
        }
        text.append('\n');
      });
    }
    text.append('\n');
  }

  private static void totals(StringBuilder text, ShopOrder order, Locale locale) {
    text.append(Texts.text(locale, "cart.items")).append(": ").append(order.itemsTotal().format(locale)).append('\n');
    text.append(Texts.text(locale, "cart.shipping")).append(": ").append(order.shippingFee().format(locale)).append('\n');
    text.append(Texts.text(locale, "cart.total")).append(": ").append(order.total().format(locale)).append("\n\n");
  }

  private static Locale localeOf(ShopOrder order) {
    return Locale.forLanguageTag(order.language());
  }

  /** Her order page: a guest's by its secret link, a shopper's by number (she signs in to see it). */
  static String link(ShopOrder order, String base) {
    return base + "/orders/order.xhtml?n=" + order.number()
        + (order.accountId().isPresent() ? "" : "&t=" + URLEncoder.encode(order.accessToken(), StandardCharsets.US_ASCII));
  }

  /** Absolute links: the configured public address, else the address of the request that made the change. */
  private String linkTo(ShopOrder order) {
    return link(order, PublicAddress.configuredAddress().orElseGet(this::requestAddress));
  }

  private String requestAddress() {
    try {
      return PublicAddress.of(request);
    } catch (RuntimeException e) { // no request (a timer or a background job): set FAIRSHARE_PUBLIC_URL for real links
      LOG.warning("a mail's link names localhost: set FAIRSHARE_PUBLIC_URL");
      return "http://localhost:8080";
    }
  }
}
