package coop.fairshare.order;

import coop.fairshare.payment.PaymentMethod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.member.MemberFixtures;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.ThaiPhone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopOrderTest {

  private static final ShippingTable SHIPPING = new ShippingTable(List.of(new ShippingBand(500, Money.ofBaht(40)), new ShippingBand(2000, Money.ofBaht(65))));
  private static final Instant PLACED = Instant.parse("2026-11-23T03:00:00Z");
  private final ProducerGroup weavers = MemberFixtures.nanWeavers();
  private final ProducerGroup basketry = new ProducerGroup("KRAJOOD", "กลุ่มจักสานกระจูด", "Krajood weavers", MemberFixtures.region(), "พัทลุง", "เรื่องราว", "A story", 2010);
  private final Map<Long, ProducerGroup> groups = Map.of(1L, weavers, 2L, basketry);

  @Test
  void anOrderOfTwoGroupsIsTwoParcelsEachChargedShippingByItsWeight() {
    ShopOrder order = order();

    assertThat(order.state()).isEqualTo(OrderState.AWAITING_PAYMENT);
    assertThat(order.fulfilments()).extracting(Fulfilment::group).containsExactly(weavers, basketry);
    assertThat(order.fulfilments()).extracting(Fulfilment::weightGrams).containsExactly(2 * 200 + 300, 450);
    assertThat(order.fulfilments()).extracting(Fulfilment::shippingFee).containsExactly(Money.ofBaht(65), Money.ofBaht(40));
    assertThat(order.itemsTotal()).isEqualTo(Money.ofBaht(2 * 450 + 120 + 390));
    assertThat(order.shippingFee()).isEqualTo(Money.ofBaht(105));
    assertThat(order.total()).isEqualTo(order.itemsTotal().plus(order.shippingFee()));
    assertThat(order.lines()).extracting(OrderLine::saleRef).containsExactly("FS-2611-00001-1", "FS-2611-00001-2", "FS-2611-00001-3");
    assertThat(order.fulfilments().get(0).lines()).hasSize(2);
  }

  @Test
  void parcelsArePackedAndShippedOnlyAfterPaymentAndTheOrderFollowsThem() {
    ShopOrder order = order();
    Fulfilment first = order.fulfilments().get(0);
    Fulfilment second = order.fulfilments().get(1);

    assertThatThrownBy(() -> first.ship("Kerry Express", "KEX123456", PLACED)).isInstanceOf(IllegalTransition.class);
    order.markPaid("KTB-1", PLACED.plusSeconds(60));
    assertThat(order.fulfilments()).extracting(Fulfilment::state).containsOnly(FulfilmentState.TO_PACK);

    first.startPacking(PLACED);
    assertThat(order.state()).isEqualTo(OrderState.IN_FULFILMENT);
    first.ship("Kerry Express", "kex 123 456", PLACED);
    assertThat(first.trackingNumber()).contains("KEX123456");
    assertThat(order.state()).as("one parcel of two is out").isEqualTo(OrderState.IN_FULFILMENT);
    second.ship("ไปรษณีย์ไทย", "EF123456789TH", PLACED);
    assertThat(order.state()).isEqualTo(OrderState.SHIPPED);
    first.confirmDelivered(PLACED);
    assertThat(order.state()).isEqualTo(OrderState.SHIPPED);
    second.confirmDelivered(PLACED);
    assertThat(order.state()).isEqualTo(OrderState.DELIVERED);
  }

  @Test
  void aParcelNeedsACarrierAndARealTrackingNumber() {
    ShopOrder order = order();
    order.markPaid("KTB-1", PLACED);
    Fulfilment parcel = order.fulfilments().get(0);

    assertThatThrownBy(() -> parcel.ship(" ", "KEX123456", PLACED)).isInstanceOf(InvalidShipment.class).hasMessageContaining("order.carrier.required");
    assertThatThrownBy(() -> parcel.ship("Kerry", "12", PLACED)).isInstanceOf(InvalidShipment.class).hasMessageContaining("order.tracking.invalid");
    assertThatThrownBy(() -> parcel.ship("Kerry", "KEX<script>", PLACED)).isInstanceOf(InvalidShipment.class);
    assertThat(parcel.state()).isEqualTo(FulfilmentState.TO_PACK);
    assertThat(parcel.trackingNumber()).isEmpty();
  }

  @Test
  void anUnpaidOrderIsCancelledButAPaidOneIsRefundedAndItsShippedParcelsStayShipped() {
    ShopOrder unpaid = order();
    unpaid.cancel();
    assertThat(unpaid.fulfilments()).extracting(Fulfilment::state).containsOnly(FulfilmentState.CANCELLED);
    assertThatThrownBy(() -> unpaid.markPaid("KTB-2", PLACED)).isInstanceOf(IllegalTransition.class);

    ShopOrder paid = order();
    paid.markPaid("KTB-3", PLACED);
    assertThatThrownBy(paid::cancel).isInstanceOf(IllegalTransition.class);
    paid.fulfilments().get(0).ship("Kerry", "KEX123456", PLACED);
    paid.refund(List.of(), true);
    assertThat(paid.state()).isEqualTo(OrderState.REFUNDED);
    assertThat(paid.fulfilments()).extracting(Fulfilment::state).containsExactly(FulfilmentState.SHIPPED, FulfilmentState.CANCELLED);
    assertThatThrownBy(() -> paid.refund(List.of(), true)).isInstanceOf(coop.fairshare.shared.BusinessRuleViolation.class);
  }

  @Test
  void aReservationLapsesOnlyWhileUnpaid() {
    ShopOrder order = order();
    Instant until = PLACED.plus(Duration.ofDays(2));

    assertThat(order.hasLapsed(until.minusSeconds(1))).isFalse();
    assertThat(order.hasLapsed(until)).isTrue();
    order.markPaid("KTB-4", PLACED);
    assertThat(order.hasLapsed(until.plusSeconds(3600))).isFalse();
  }

  @Test
  void nothingToOrderOrAParcelTooHeavyIsRefused() {
    assertThatThrownBy(() -> new ShopOrder("FS-2611-00002", "t", null, "a@b.co", address(), new Basket(List.of()), SHIPPING, groups::get,
        PaymentMethod.BANK_TRANSFER, "th", PLACED, PLACED)).isInstanceOf(EmptyCart.class);
    Basket heavy = new Basket(List.of(line(1, 11, 1, 45000, 30, 100)));
    assertThatThrownBy(() -> new ShopOrder("FS-2611-00003", "t", null, "a@b.co", address(), heavy, SHIPPING, groups::get,
        PaymentMethod.BANK_TRANSFER, "th", PLACED, PLACED)).isInstanceOf(ParcelTooHeavy.class);
  }

  @Test
  void aPaidOrderIsRefundedBitByBitButNeverMoreThanWasPaid() {
    ShopOrder order = order();
    order.markPaid("KTB-7", PLACED);
    OrderLine scarves = lineOf(order, 1);
    OrderLine bag = lineOf(order, 2);

    ShopOrder.Refund first = order.refund(List.of(new ShopOrder.RefundLine(scarves.lineNo(), 1)), false);
    assertThat(first.amount()).isEqualTo(Money.ofSatang(45000));
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.shipping()).isEqualTo(Money.ZERO);
    assertThat(first.parts()).singleElement().satisfies(p -> assertThat(new int[] {p.fromUnits(), p.toUnits()}).containsExactly(0, 1));
    assertThat(order.state()).isEqualTo(OrderState.PAID);

    // only one scarf is left to give back; a line the order does not have, or none at all, is refused, and nothing changes
    assertThatThrownBy(() -> order.refund(List.of(new ShopOrder.RefundLine(scarves.lineNo(), 2)), false))
        .isInstanceOfSatisfying(coop.fairshare.shared.BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("order.refund.units"));
    assertThatThrownBy(() -> order.refund(List.of(new ShopOrder.RefundLine(9, 1)), false))
        .isInstanceOfSatisfying(coop.fairshare.shared.BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("order.refund.line.unknown"));
    assertThatThrownBy(() -> order.refund(List.of(), false))
        .isInstanceOfSatisfying(coop.fairshare.shared.BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("order.refund.nothing"));
    assertThat(scarves.refundedQuantity()).isEqualTo(1);
    assertThat(order.refunded()).isEqualTo(Money.ofSatang(45000));

    // the bag's group packs nothing now: every unit of its parcel went back before it shipped
    order.refund(List.of(new ShopOrder.RefundLine(bag.lineNo(), 1)), false);
    assertThat(bag.fulfilment().state()).isEqualTo(FulfilmentState.CANCELLED);
    assertThat(scarves.fulfilment().state()).isEqualTo(FulfilmentState.TO_PACK);
    assertThat(order.state()).isEqualTo(OrderState.PAID);

    ShopOrder.Refund rest = order.refund(List.of(), true);
    assertThat(rest.amount()).isEqualTo(Money.ofSatang(45000 + 12000).plus(order.shippingFee()));
    assertThat(rest.shipping()).isEqualTo(order.shippingFee());
    assertThat(order.refunded()).as("in all, exactly what was paid").isEqualTo(order.total());
    assertThat(order.state()).isEqualTo(OrderState.REFUNDED);
    assertThatThrownBy(() -> order.refund(List.of(), true))
        .isInstanceOfSatisfying(coop.fairshare.shared.BusinessRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("order.refund.notPaid"));
  }

  @Test
  void onlyAnOrderWhoseReservationLapsedIsPaidLateAndOnlyOnce() {
    ShopOrder cancelled = order();
    cancelled.cancel();
    assertThatThrownBy(() -> cancelled.markPaidLate("stripe pi_1", PLACED)).as("she called it off herself").isInstanceOf(IllegalTransition.class);
    cancelled.cancelledMoneyRefunded();
    assertThat(cancelled.latePayment()).contains(LatePayment.CANCELLED_REFUNDED);

    ShopOrder lapsed = order();
    lapsed.lapse();
    assertThat(lapsed.state()).isEqualTo(OrderState.CANCELLED);
    lapsed.markPaidLate("stripe pi_2", PLACED);
    assertThat(lapsed.state()).isEqualTo(OrderState.PAID);
    assertThat(lapsed.latePayment()).contains(LatePayment.RESERVED_AGAIN);
    assertThat(lapsed.fulfilments()).extracting(Fulfilment::state).containsOnly(FulfilmentState.TO_PACK);
    assertThatThrownBy(() -> lapsed.markPaidLate("stripe pi_3", PLACED)).isInstanceOf(IllegalTransition.class);

    ShopOrder gone = order();
    gone.lapse();
    gone.lateMoneyRefunded();
    assertThat(gone.state()).isEqualTo(OrderState.CANCELLED);
    assertThat(gone.latePayment()).contains(LatePayment.REFUNDED);
    assertThatThrownBy(() -> gone.markPaidLate("stripe pi_4", PLACED)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void aPaymentUnderWayHoldsTheStockAtLeastAsLongAsItCanBePaid() {
    ShopOrder order = order();
    Instant until = PLACED.plus(Duration.ofDays(2));
    order.holdAtLeastUntil(PLACED.plus(Duration.ofHours(1)));
    assertThat(order.reservedUntil()).as("never shortened").contains(until);
    order.holdAtLeastUntil(until.plus(Duration.ofHours(1)));
    assertThat(order.reservedUntil()).contains(until.plus(Duration.ofHours(1)));
  }

  @Test
  void anUnpaidOrderHasNothingToRefund() {
    ShopOrder order = order();
    assertThatThrownBy(() -> order.refund(List.of(), true))
        .isInstanceOfSatisfying(coop.fairshare.shared.BusinessRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("order.refund.notPaid"));
  }

  @Test
  void anUnpaidOrderWaitsForATransferOrForStripeByHowItIsPaidAndForNothingOncePaid() {
    ShopOrder transfer = order();
    ShopOrder card = order(PaymentMethod.CARD);
    ShopOrder qr = order(PaymentMethod.PROMPTPAY_QR);

    assertThat(transfer.waitsForTransfer()).isTrue();
    assertThat(transfer.waitsForStripe()).isFalse();
    assertThat(qr.waitsForTransfer()).as("the cooperative's own QR is a transfer").isTrue();
    assertThat(card.waitsForStripe()).isTrue();
    assertThat(card.waitsForTransfer()).isFalse();
    transfer.markPaid("KTB-1", PLACED.plusSeconds(60));
    card.markPaid("pi_1", PLACED.plusSeconds(60));
    assertThat(transfer.waitsForTransfer()).isFalse();
    assertThat(card.waitsForStripe()).isFalse();
  }

  private static OrderLine lineOf(ShopOrder order, long productId) {
    return order.lines().stream().filter(l -> l.productId() == productId).findFirst().orElseThrow();
  }

  private ShopOrder order() {
    return order(PaymentMethod.BANK_TRANSFER);
  }

  private ShopOrder order(PaymentMethod paidBy) {
    Basket basket = new Basket(List.of(line(1, 11, 1, 45000, 2, 200), line(2, 21, 2, 39000, 1, 450), line(3, 12, 1, 12000, 1, 300)));
    return new ShopOrder("FS-2611-00001", "secret-token", null, "somsri@example.org", address(), basket, SHIPPING, groups::get,
        paidBy, "th", PLACED, PLACED.plus(Duration.ofDays(2)));
  }

  private static Basket.Line line(long product, long variant, long group, long satang, int quantity, int grams) {
    return new Basket.Line(product, variant, group, "SKU-" + product, "สินค้า " + product, "Product " + product, null, null, Money.ofSatang(satang), quantity, grams, 50);
  }

  private static ThaiAddress address() {
    return new ThaiAddress("สมศรี ใจดี", new ThaiPhone("0812345678"), "99 หมู่ 3", "ศรีภูมิ", "เมืองเชียงใหม่", "TH-50", "50200");
  }
}
