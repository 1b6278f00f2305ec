package coop.fairshare.order;

import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "late_payment")
  private LatePayment latePayment;

  @Column(name = "fee_posted", nullable = false)
  private boolean feePosted;

  @Column(name = "lapsed", nullable = false)
  private boolean lapsed;

  @Column(name = "refunded_satang", nullable = false)
  private Money refunded = Money.ZERO;

  @Column(name = "shipping_refunded", nullable = false)
  private boolean shippingRefunded;

  @Column(name = "refund_count", nullable = false)
  private int refundCount;

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

  /**
   * The money came after the order was called off (its reservation lapsed), and every line's stock
   * was taken again: the order goes on as paid. Happens once; the shopper's page says why.
   */
  public void markPaidLate(String reference, Instant at) {
    if (state != OrderState.CANCELLED || !lapsed || latePayment != null) {
      throw new IllegalTransition(state, OrderState.PAID);
    }
    fulfilments.forEach(Fulfilment::reopenForLatePayment);
    this.state = OrderState.AWAITING_PAYMENT;
    this.latePayment = LatePayment.RESERVED_AGAIN;
    markPaid(reference, at);
  }

  /**
   * The payment's real fee is in the ledger now (against the estimate the splits carried): once.
   * Decided on this row, which every payment path holds locked.
   */
  public void markFeePosted() {
    this.feePosted = true;
  }

  public boolean feePosted() {
    return feePosted;
  }

  /** The money came after she (or a treasurer) cancelled the order: it went back to her. */
  public void cancelledMoneyRefunded() {
    if (state != OrderState.CANCELLED || latePayment != null) {
      throw new IllegalTransition(state, OrderState.REFUNDED);
    }
    this.latePayment = LatePayment.CANCELLED_REFUNDED;
  }

  /** The timer called the unpaid order off because its reservation lapsed (money that still comes is late money). */
  public void lapse() {
    cancel();
    this.lapsed = true;
  }

  public boolean lapsed() {
    return lapsed;
  }

  /** The money came after the order was called off and its stock was gone: it went back to the shopper. */
  public void lateMoneyRefunded() {
    if (state != OrderState.CANCELLED || latePayment != null) {
      throw new IllegalTransition(state, OrderState.REFUNDED);
    }
    this.latePayment = LatePayment.REFUNDED;
  }

  /**
   * A payment under way (a QR shown, a card form open) keeps the stock held at least until it can
   * no longer be paid, so money never arrives for stock already gone back on sale.
   */
  public void holdAtLeastUntil(Instant until) {
    if (state == OrderState.AWAITING_PAYMENT && reservedUntil != null && reservedUntil.isBefore(until)) {
      this.reservedUntil = until;
    }
  }

  /** An unpaid order is called off (by the shopper, a treasurer, or the timer when it lapsed). */
  public void cancel() {
    move(OrderState.CANCELLED);
    this.reservedUntil = null;
    fulfilments.forEach(Fulfilment::cancel);
  }

  /** Units of one line to give back. */
  public record RefundLine(int lineNo, int units) implements java.io.Serializable {}

  /** One line's part of a refund: its units {@code fromUnits + 1} to {@code toUnits}. */
  public record RefundedPart(OrderLine line, int fromUnits, int toUnits) {
    public Money amount() {
      return line.unitPrice().times(toUnits - fromUnits);
    }
  }

  /** A refund as decided: its number on this order, the parts of lines, the shipping fee given back, the sum. */
  public record Refund(int seq, List<RefundedPart> parts, Money shipping, Money amount) {}

  /**
   * Gives money back for a paid order: chosen units of chosen lines, or everything still paid for
   * and the shipping fee ({@code whole}). Never more than was paid: each line's units at most once,
   * the shipping fee once. When every unit is given back the order is refunded; parcels whose every
   * unit went back before they shipped are not sent.
   */
  public Refund refund(List<RefundLine> chosen, boolean whole) {
    if (!state.isPaid()) {
      throw new BusinessRuleViolation("order.refund.notPaid");
    }
    java.util.Map<Integer, Integer> units = new java.util.LinkedHashMap<>();
    if (whole) {
      lines.stream().filter(l -> l.refundableQuantity() > 0).forEach(l -> units.put(l.lineNo(), l.refundableQuantity()));
    } else {
      for (RefundLine line : chosen == null ? List.<RefundLine>of() : chosen) {
        if (line.units() == 0) {
          continue;
        }
        OrderLine found = lines.stream().filter(l -> l.lineNo() == line.lineNo()).findFirst()
            .orElseThrow(() -> new BadInput("order.refund.line.unknown", line.lineNo()).on("lines"));
        if (units.put(found.lineNo(), line.units()) != null) {
          throw new BadInput("order.refund.line.twice", line.lineNo()).on("lines");
        }
      }
    }
    Money shippingBack = whole && !shippingRefunded ? shippingFee : Money.ZERO;
    if (units.isEmpty() && !shippingBack.isPositive()) {
      throw new BadInput("order.refund.nothing").on("lines");
    }
    // every line checked before any is touched: a refused refund changes nothing
    for (java.util.Map.Entry<Integer, Integer> entry : units.entrySet()) {
      OrderLine line = lines.stream().filter(l -> l.lineNo() == entry.getKey()).findFirst().orElseThrow();
      if (entry.getValue() < 1 || entry.getValue() > line.refundableQuantity()) {
        throw new BadInput("order.refund.units", line.lineNo(), line.refundableQuantity()).on("units-" + line.lineNo());
      }
    }
    List<RefundedPart> parts = new ArrayList<>();
    Money amount = shippingBack;
    for (java.util.Map.Entry<Integer, Integer> entry : units.entrySet()) {
      OrderLine line = lines.stream().filter(l -> l.lineNo() == entry.getKey()).findFirst().orElseThrow();
      int before = line.refundedQuantity();
      line.giveBack(entry.getValue());
      RefundedPart part = new RefundedPart(line, before, line.refundedQuantity());
      parts.add(part);
      amount = amount.plus(part.amount());
    }
    if (shippingBack.isPositive()) {
      shippingRefunded = true;
    }
    refunded = refunded.plus(amount);
    refundCount++;
    for (Fulfilment parcel : fulfilments) {
      boolean allBack = parcel.lines().stream().allMatch(l -> l.refundableQuantity() == 0);
      if (allBack && !parcel.state().hasShipped() && parcel.state() != FulfilmentState.CANCELLED) {
        parcel.cancel();
      }
    }
    if (lines.stream().allMatch(l -> l.refundableQuantity() == 0)) {
      move(OrderState.REFUNDED);
    }
    return new Refund(refundCount, List.copyOf(parts), shippingBack, amount);
  }

  public Money refunded() {
    return refunded;
  }

  public boolean shippingRefunded() {
    return shippingRefunded;
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

  /** Grows with every change (optimistic locking): what a page drawn of this order is keyed on. */
  public long version() {
    return version;
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

  /** It waits for money sent by transfer (the cooperative's QR or its bank account): she may send a slip. */
  public boolean waitsForTransfer() {
    return state == OrderState.AWAITING_PAYMENT && !paymentMethod.viaStripe();
  }

  /** It waits for a payment through Stripe (a card or Stripe's QR). */
  public boolean waitsForStripe() {
    return state == OrderState.AWAITING_PAYMENT && paymentMethod.viaStripe();
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

  public Optional<LatePayment> latePayment() {
    return Optional.ofNullable(latePayment);
  }

  public Optional<String> paymentReference() {
    return Optional.ofNullable(paymentReference);
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
