package coop.fairshare.order;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderStateTest {

  @Test
  void onlyTheLegalMovesAreAllowed() {
    assertThat(OrderState.AWAITING_PAYMENT.next()).containsExactlyInAnyOrder(OrderState.PAID, OrderState.CANCELLED);
    assertThat(OrderState.AWAITING_PAYMENT.canBecome(OrderState.SHIPPED)).as("an unpaid order is never shipped").isFalse();
    assertThat(OrderState.PAID.canBecome(OrderState.CANCELLED)).as("paid money is refunded, not cancelled").isFalse();
    assertThat(OrderState.SHIPPED.canBecome(OrderState.IN_FULFILMENT)).isFalse();
    assertThat(OrderState.CANCELLED.next()).isEmpty();
    assertThat(OrderState.REFUNDED.next()).isEmpty();
  }

  @Test
  void everyStateButTheFinalOnesLeadsSomewhereAndNothingLeadsBackToAwaitingPayment() {
    for (OrderState state : OrderState.values()) {
      assertThat(state.next()).doesNotContain(OrderState.AWAITING_PAYMENT, state);
      assertThat(state.next().isEmpty()).isEqualTo(EnumSet.of(OrderState.CANCELLED, OrderState.REFUNDED).contains(state));
    }
  }

  @Test
  void parcelsShipOnlyAfterPaymentAndStayShipped() {
    assertThat(FulfilmentState.WAITING.canBecome(FulfilmentState.SHIPPED)).isFalse();
    assertThat(FulfilmentState.TO_PACK.canBecome(FulfilmentState.SHIPPED)).isTrue();
    assertThat(FulfilmentState.SHIPPED.canBecome(FulfilmentState.CANCELLED)).isFalse();
    assertThat(FulfilmentState.DELIVERED.next()).isEmpty();
  }

  @Test
  void aRefusedMoveNamesBothStatesInTheReadersLanguage() {
    IllegalTransition refused = new IllegalTransition(OrderState.CANCELLED, OrderState.PAID);
    assertThat(Texts.text(Language.THAI, refused.messageKey(), refused.arguments())).isEqualTo("คำสั่งซื้อที่อยู่ในสถานะ ยกเลิกแล้ว เปลี่ยนเป็น ชำระเงินแล้ว ไม่ได้");
    assertThat(Texts.text(Locale.ENGLISH, refused.messageKey(), refused.arguments())).doesNotContain("CANCELLED").doesNotContain("PAID");
    for (OrderState state : OrderState.values()) {
      assertThat(Texts.text(Language.THAI, IllegalTransition.state("order", state).key())).as(state.name()).doesNotStartWith("order.state");
      assertThat(Texts.text(Locale.ENGLISH, IllegalTransition.state("order", state).key())).as(state.name()).doesNotStartWith("order.state");
    }
    for (FulfilmentState state : FulfilmentState.values()) {
      assertThat(Texts.text(Language.THAI, IllegalTransition.state("fulfilment", state).key())).as(state.name()).doesNotStartWith("fulfilment.state");
      assertThat(Texts.text(Locale.ENGLISH, IllegalTransition.state("fulfilment", state).key())).as(state.name()).doesNotStartWith("fulfilment.state");
    }
  }
}
