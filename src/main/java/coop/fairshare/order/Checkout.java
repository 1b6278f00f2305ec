package coop.fairshare.order;

import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.CoopSettings;
import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.account.UserAccount;
import coop.fairshare.catalog.Stock;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.split.SaleSplits;
import coop.fairshare.payment.FeeSchedule;
import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * Turns a cart into an order in one transaction: checks the address, prices the cart, holds the
 * stock of every line (refused as a whole if any line is short), stores each line's fair-trade
 * split, and leaves the order awaiting payment until its reservation lapses.
 */
@Stateless
@PermitAll
public class Checkout {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Carts carts;

  @EJB
  private Stock stock;

  @EJB
  private DeliveryRules delivery;

  @EJB
  private OrderNumbers numbers;

  @EJB
  private SaleSplits splits;

  @EJB
  private Accounts accounts;

  @Inject
  private PaymentSettings paymentSettings;

  @EJB
  private OrderMails mails;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  public PlacedOrder place(Cart cart, CheckoutForm form) {
    ThaiAddress address = ThaiAddress.of(form.recipient(), form.phone(), form.addressLine(), form.subdistrict(), form.district(),
        form.provinceCode() == null ? null : delivery.province(form.provinceCode()).orElse(null), form.postcode());
    CallerAccount shopper = session.isCallerInRole(Roles.SHOPPER) ? accounts.caller() : null;
    String email = shopper != null ? shopper.email() : requireEmail(form.email());
    Basket basket = carts.price(cart);
    if (basket.isEmpty()) {
      throw new EmptyCart();
    }
    ShippingTable table = delivery.shippingTable();
    // a parcel too heavy for the table is refused before a number or stock is taken
    basket.shippingFee(table);
    PaymentMethod method = form.paymentMethod() == null ? PaymentMethod.BANK_TRANSFER : form.paymentMethod();
    if (!paymentSettings.offers(method)) {
      throw new BadInput("checkout.paymentMethod.required").on("paymentMethod");
    }
    String number = numbers.next(CoopTime.today());
    // lines are reserved in variant order, so two checkouts never wait on each other's rows in a circle
    for (Basket.Line line : basket.lines().stream().sorted(Comparator.comparingLong(Basket.Line::variantId)).toList()) {
      stock.reserve(line.variantId(), line.quantity(), "order " + number);
    }
    Instant now = clock.instant();
    ShopOrder order = new ShopOrder(number, newToken(), shopper == null ? null : shopper.id(), email, address, basket, table,
        groupId -> em.find(ProducerGroup.class, groupId), method,
        form.language(), now, now.plus(reservationTime()));
    em.persist(order);
    em.flush();
    List<Money> fees = estimatedFees(order, FeeSchedule.read(em));
    for (int i = 0; i < order.lines().size(); i++) {
      OrderLine line = order.lines().get(i);
      splits.record(line.saleRef(), line.productId(), line.lineTotal(), fees.get(i));
    }
    OrderHistory.record(em, order, null, null, OrderState.AWAITING_PAYMENT.name(), "placed", shopper == null ? "guest" : shopper.username());
    mails.placed(order);
    if (shopper != null) {
      em.createNativeQuery("DELETE FROM cart_line WHERE account_id = ?").setParameter(1, shopper.id()).executeUpdate();
    }
    return new PlacedOrder(order.number(), order.accessToken());
  }

  /**
   * The method's estimated fee on the whole order, shared among its lines in proportion to their
   * totals (largest remainder, so the parts add up to the estimate exactly); the shipping fee bears
   * none. Each line's split carries its part, borne by the cooperative fund.
   */
  static List<Money> estimatedFees(ShopOrder order, FeeSchedule fees) {
    Money total = fees.estimate(order.paymentMethod(), order.total());
    List<Money> lineTotals = order.lines().stream().map(OrderLine::lineTotal).toList();
    List<Money> shares = total.sharedInProportionTo(lineTotals);
    // a line's fee never exceeds its own total (the split refuses that); the estimate is only an estimate
    return java.util.stream.IntStream.range(0, shares.size()).mapToObj(i -> shares.get(i).compareTo(lineTotals.get(i)) > 0 ? lineTotals.get(i) : shares.get(i)).toList();
  }

  private Duration reservationTime() {
    return Duration.ofMinutes(Math.max(1, CoopSettings.number(em, "order.reservationMinutes", 2880)));
  }

  private static String requireEmail(String typed) {
    String email = typed == null ? "" : typed.strip();
    if (email.length() > 254 || !UserAccount.EMAIL.matcher(email).matches()) {
      throw new InvalidAddress("email", "checkout.email.invalid");
    }
    return email;
  }

  /** 32 random bytes: a guest's order link cannot be guessed. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
