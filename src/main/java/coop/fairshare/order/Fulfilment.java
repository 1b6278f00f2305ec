package coop.fairshare.order;

import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One producer group's parcel of an order: packed and shipped by that group, with its tracking number. */
@Entity
@Table(name = "fulfilment")
public class Fulfilment {

  private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{6,40}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private ShopOrder order;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private ProducerGroup group;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private FulfilmentState state;

  @Column(name = "weight_grams", nullable = false, updatable = false)
  private int weightGrams;

  @Column(name = "shipping_satang", nullable = false, updatable = false)
  private Money shippingFee;

  @Column(name = "carrier")
  private String carrier;

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Column(name = "packed_at")
  private Instant packedAt;

  @Column(name = "shipped_at")
  private Instant shippedAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @OneToMany(mappedBy = "fulfilment")
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  @Version
  @Column(name = "version")
  private long version;

  protected Fulfilment() {}

  Fulfilment(ShopOrder order, ProducerGroup group, int weightGrams, Money shippingFee) {
    this.order = order;
    this.group = group;
    this.weightGrams = weightGrams;
    this.shippingFee = shippingFee;
    this.state = FulfilmentState.WAITING;
  }

  void addLine(OrderLine line) {
    lines.add(line);
  }

  /** The order was paid: the group may pack. */
  void release() {
    move(FulfilmentState.TO_PACK);
  }

  public void startPacking(Instant at) {
    move(FulfilmentState.PACKING);
    this.packedAt = at;
    order.followParcels();
  }

  /** Handed to the carrier; the shopper can follow it by the tracking number. */
  public void ship(String carrierName, String tracking, Instant at) {
    String name = carrierName == null ? "" : carrierName.strip();
    if (name.isEmpty() || name.length() > 60) {
      throw new InvalidShipment("order.carrier.required");
    }
    String number = tracking == null ? "" : tracking.strip().replace(" ", "");
    if (!TRACKING.matcher(number).matches()) {
      throw new InvalidShipment("order.tracking.invalid");
    }
    move(FulfilmentState.SHIPPED);
    this.carrier = name;
    this.trackingNumber = number.toUpperCase(java.util.Locale.ROOT);
    this.shippedAt = at;
    order.followParcels();
  }

  public void confirmDelivered(Instant at) {
    move(FulfilmentState.DELIVERED);
    this.deliveredAt = at;
    order.followParcels();
  }

  void cancel() {
    if (state != FulfilmentState.CANCELLED) {
      move(FulfilmentState.CANCELLED);
    }
  }

  /**
   * Money came for the cancelled order after all and its stock was taken again: the parcel waits
   * to be packed as if nothing had happened. The one way back from CANCELLED, used only by the
   * order's late-payment path.
   */
  void reopenForLatePayment() {
    if (state != FulfilmentState.CANCELLED) {
      throw new IllegalTransition(state, FulfilmentState.WAITING);
    }
    this.state = FulfilmentState.WAITING;
  }

  private void move(FulfilmentState target) {
    if (!state.canBecome(target)) {
      throw new IllegalTransition(state, target);
    }
    this.state = target;
  }

  public Long id() {
    return id;
  }

  /** Grows with every change (optimistic locking): what a page drawn of this parcel is keyed on. */
  public long version() {
    return version;
  }

  public ShopOrder order() {
    return order;
  }

  public ProducerGroup group() {
    return group;
  }

  public FulfilmentState state() {
    return state;
  }

  public int weightGrams() {
    return weightGrams;
  }

  public Money shippingFee() {
    return shippingFee;
  }

  public Optional<String> carrier() {
    return Optional.ofNullable(carrier);
  }

  public Optional<String> trackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }

  public Optional<Instant> shippedAt() {
    return Optional.ofNullable(shippedAt);
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public Money itemsTotal() {
    return lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, Money::plus);
  }
}
