package coop.fairshare.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A gift's own rules, without a server: each refusal keyed and naming its field. */
class DonationTest {

  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

  private static Donation gift(Money amount, String name, String email, String message, PaymentMethod method) {
    return new Donation(amount, name, email, message, method, "token", NOW);
  }

  @ParameterizedTest(name = "{0} satang: {1}")
  @CsvSource({
      "0, welfare.donation.amount.tooSmall",
      "1999, welfare.donation.amount.tooSmall",
      "20000001, welfare.donation.amount.tooLarge",
      "-500, welfare.donation.amount.tooSmall"})
  void anAmountOutsideTheBoundsIsRefusedBesideItsField(long satang, String key) {
    assertThatThrownBy(() -> gift(Money.ofSatang(satang), null, "somsri@example.org", null, PaymentMethod.CARD)).isInstanceOf(BadInput.class)
        .satisfies(e -> {
          assertThat(((BadInput) e).messageKey()).isEqualTo(key);
          assertThat(((BadInput) e).field()).contains("amount");
        });
  }

  @Test
  void theBoundsThemselvesAreGiftsAndABlankNameIsAnonymous() {
    Donation smallest = gift(Money.ofSatang(2000), "   ", " somsri@example.org ", "  ", PaymentMethod.CARD);
    assertThat(smallest.donorName()).isEmpty();
    assertThat(smallest.message()).isEmpty();
    assertThat(smallest.email()).isEqualTo("somsri@example.org");
    assertThat(smallest.state()).isEqualTo(DonationState.WAITING_PAYMENT);
    Donation largest = gift(Money.ofBaht(200_000), "สมศรี ใจดี", "a@b.co", "เพื่อแม่ ๆ", PaymentMethod.STRIPE_PROMPTPAY);
    assertThat(largest.donorName()).contains("สมศรี ใจดี");
    assertThat(largest.message()).contains("เพื่อแม่ ๆ");
    assertThat(largest.paidBySlip()).isFalse();
    assertThat(gift(Money.ofBaht(100), null, "a@b.co", null, PaymentMethod.PROMPTPAY_QR).paidBySlip()).as("the cooperative's own QR, with a slip").isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(value = {"''", "somsri", "somsri@", "somsri@example", "som sri@example.org", "a@b@example.org"})
  void aBadEmailIsRefusedBesideItsField(String email) {
    assertThatThrownBy(() -> gift(Money.ofBaht(100), null, email, null, PaymentMethod.CARD)).isInstanceOf(BadInput.class)
        .satisfies(e -> {
          assertThat(((BadInput) e).messageKey()).isEqualTo("welfare.donation.email.invalid");
          assertThat(((BadInput) e).field()).contains("email");
        });
  }

  @Test
  void aLongNameOrMessageAndAWayToPayStripeDoesNotConfirmAreRefused() {
    assertThatThrownBy(() -> gift(Money.ofBaht(100), "ก".repeat(101), "a@b.co", null, PaymentMethod.CARD))
        .satisfies(e -> assertThat(((BadInput) e).field()).contains("donorName"));
    assertThatThrownBy(() -> gift(Money.ofBaht(100), null, "a@b.co", "x".repeat(301), PaymentMethod.CARD))
        .satisfies(e -> assertThat(((BadInput) e).field()).contains("message"));
    assertThatThrownBy(() -> gift(Money.ofBaht(100), null, "a@b.co", null, PaymentMethod.BANK_TRANSFER))
        .satisfies(e -> assertThat(((BadInput) e).messageKey()).isEqualTo("welfare.donation.method.unavailable"));
    assertThatThrownBy(() -> gift(Money.ofBaht(100), null, "a@b.co", null, null))
        .satisfies(e -> assertThat(((BadInput) e).field()).contains("method"));
  }

  @Test
  void aGiftIsReceivedOnceAndOpensOnlyWithItsToken() {
    Donation gift = gift(Money.ofBaht(500), null, "a@b.co", null, PaymentMethod.CARD);
    assertThat(gift.opensWith("token")).isTrue();
    assertThat(gift.opensWith("tokem")).isFalse();
    assertThat(gift.opensWith(null)).isFalse();
    gift.received("DN-2026-000001", 7, "stripe pi_1", NOW);
    assertThat(gift.isReceived()).isTrue();
    assertThat(gift.receiptNo()).contains("DN-2026-000001");
    assertThatThrownBy(() -> gift.received("DN-2026-000002", 8, "stripe pi_2", NOW))
        .satisfies(e -> assertThat(((coop.fairshare.shared.BusinessRuleViolation) e).messageKey()).isEqualTo("welfare.donation.received"));
    assertThat(gift.receiptNo()).contains("DN-2026-000001");
  }

  @Test
  void onlyTheFundsReferencesNameAGift() {
    assertThat(Donation.idOf("DON-123")).contains(123L);
    assertThat(Donation.idOf("FS-2611-00001")).isEqualTo(Optional.empty());
    assertThat(Donation.idOf("DON-")).isEmpty();
    assertThat(Donation.idOf("DON-12a")).isEmpty();
    assertThat(Donation.idOf(null)).isEmpty();
  }
}
