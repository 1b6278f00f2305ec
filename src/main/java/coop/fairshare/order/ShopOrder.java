package coop.fairshare.order;

import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An order: the shopper's lines, where they go, and one parcel per producer group. Its state moves
 * only along {@link OrderState}'s legal transitions; once paid, it follows its parcels (packing,
 * all shipped, all delivered).
 */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "order_number", nullable = false, updatable = false)
  private String number;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "access_token", nullable = false, updatable = false)
  private String accessToken;

  @Column(name = "email", nullable = false, updatable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private OrderState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method", nullable = false, updatable = false)
  private PaymentMethod paymentMethod;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "phone", nullable = false, updatable = false)
  private String phone;

  @Column(name = "address_line", nullable = false, updatable = false)
  private String addressLine;

  @Column(name = "subdistrict", nullable = false, updatable = false)
  private String subdistrict;

  @Column(name = "district", nullable = false, updatable = false)
  private String district;

  @Column(name = "province_code", nullable = false, updatable = false)
  private String provinceCode;

  @Column(name = "postcode", nullable = false, updatable = false)
  private String postcode;

  @Column(name = "items_satang", nullable = false, updatable = false)
  private Money itemsTotal;

  @Column(name = "shipping_satang", nullable = false, updatable = false)
  private Money shippingFee;

  @Column(name = "total_satang", nullable = false, updatable = false)
  private Money total;

  @Column(name = "lang", nullable = false, updatable = false)
  private String language;

  @Column(name = "reserved_until")
  private Instant reservedUntil;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private Instant placedAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "payment_reference")
  private String paymentReference;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Fulfilment> fulfilments = new ArrayList<>();

  @Version
  @Column(name = "version")
  private long version;

  protected ShopOrder() {}

  /**
   * Places an order for a priced basket. Stock must already be reserved by the caller; the
   * reservation holds until {@code reservedUntil}.
   */
  public ShopOrder(String number, String accessToken, Long accountId, String email, ThaiAddress address, Basket basket, ShippingTable shipping,
      Function<Long, ProducerGroup> groups, PaymentMethod paymentMethod, String language, Instant placedAt, Instant reservedUntil) {
    if (basket.isEmpty()) {
      throw new EmptyCart();
    }
    this.number = Objects.requireNonNull(number, "number");
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.accountId = accountId;
    this.email = Objects.requireNonNull(email, "email");
    this.recipient = address.recipient();
    this.phone = address.phone().number();
    this.addressLine = address.line();
    this.subdistrict = address.subdistrict();
    this.district = address.district();
    this.provinceCode = address.provinceCode();
    this.postcode = address.postcode();
    this.paymentMethod = Objects.requireNonNull(paymentMethod, "paymentMethod");
    this.language = "en".equals(language) ? "en" : "th";
    this.placedAt = placedAt;
    this.reservedUntil = reservedUntil;
    this.state = OrderState.AWAITING_PAYMENT;
    int lineNo = 1;
    Money shippingTotal = Money.ZERO;
    for (Map.Entry<Long, List<Basket.Line>> parcel : basket.byGroup().entrySet()) {
      Money fee = Basket.parcelFee(shipping, parcel.getValue());
      Fulfilment fulfilment = new Fulfilment(this, groups.apply(parcel.getKey()), parcel.getValue().stream().mapToInt(Basket.Line::weightGrams).sum(), fee);
      fulfilments.add(fulfilment);
      shippingTotal = shippingTotal.plus(fee);
      for (Basket.Line line : parcel.getValue()) {
        OrderLine orderLine = new OrderLine(this, fulfilment, lineNo++, line);
        lines.add(orderLine);
        fulfilment.addLine(orderLine);
      }
    }
    this.itemsTotal = basket.itemsTotal();
    this.shippingFee = shippingTotal;
    this.total = itemsTotal.plus(shippingFee);
  }

  /** The money arrived: the groups may pack. */
  public void markPaid(String reference, Instant at) {
    move(OrderState.PAID);
    this.paidAt = at;
    this.paymentReference = reference;
    this.reservedUntil = null;
    fulfilments.forEach(Fulfilment::release);
  }

  /** An unpaid order is called off (by the shopper, a treasurer, or the timer when it lapsed). */
  public void cancel() {
    move(OrderState.CANCELLED);
    this.reservedUntil = null;
    fulfilments.forEach(Fulfilment::cancel);
  }

  /** The money goes back to the shopper; parcels not yet shipped are not sent. */
  public void refund() {
    move(OrderState.REFUNDED);
    fulfilments.stream().filter(f -> !f.state().hasShipped()).forEach(Fulfilment::cancel);
  }

  /** Once paid, the order's state is the sum of its parcels'. */
  void followParcels() {
    List<Fulfilment> live = fulfilments.stream().filter(f -> f.state() != FulfilmentState.CANCELLED).toList();
    OrderState target = state;
    if (!live.isEmpty() && live.stream().allMatch(f -> f.state() == FulfilmentState.DELIVERED)) {
      target = OrderState.DELIVERED;
    } else if (!live.isEmpty() && live.stream().allMatch(f -> f.state().hasShipped())) {
      target = OrderState.SHIPPED;
    } else if (live.stream().anyMatch(f -> f.state() == FulfilmentState.PACKING || f.state().hasShipped())) {
      target = OrderState.IN_FULFILMENT;
    }
    if (target != state) {
      move(target);
    }
  }

  private void move(OrderState target) {
    if (!state.canBecome(target)) {
      throw new IllegalTransition(state, target);
    }
    this.state = target;
  }

  public boolean isOwnedBy(Long account) {
    return accountId != null && accountId.equals(account);
  }

  /** Whether the reservation lapsed unpaid at this instant. */
  public boolean hasLapsed(Instant now) {
    return state == OrderState.AWAITING_PAYMENT && reservedUntil != null && !reservedUntil.isAfter(now);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String accessToken() {
    return accessToken;
  }

  public Optional<Long> accountId() {
    return Optional.ofNullable(accountId);
  }

  public String email() {
    return email;
  }

  public OrderState state() {
    return state;
  }

  public PaymentMethod paymentMethod() {
    return paymentMethod;
  }

  public String recipient() {
    return recipient;
  }

  public String phone() {
    return phone;
  }

  public String addressLine() {
    return addressLine;
  }

  public String subdistrict() {
    return subdistrict;
  }

  public String district() {
    return district;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String postcode() {
    return postcode;
  }

  public Money itemsTotal() {
    return itemsTotal;
  }

  public Money shippingFee() {
    return shippingFee;
  }

  public Money total() {
    return total;
  }

  public String language() {
    return language;
  }

  public Optional<Instant> reservedUntil() {
    return Optional.ofNullable(reservedUntil);
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public List<Fulfilment> fulfilments() {
    return Collections.unmodifiableList(fulfilments);
  }

  public Fulfilment fulfilmentOf(long groupId) {
    return fulfilments.stream().filter(f -> f.group().id() == groupId).findFirst().orElseThrow(() -> new NotFound("fulfilment", groupId));
  }
}
