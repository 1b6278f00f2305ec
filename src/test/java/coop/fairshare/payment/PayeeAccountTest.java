package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import org.junit.jupiter.api.Test;

/** Payee details: checked as typed, and only ever shown masked. */
class PayeeAccountTest {

  private static void assertRefused(Runnable action, String key, String field) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(BadInput.class, e -> {
      assertThat(e.messageKey()).isEqualTo(key);
      assertThat(e.field()).contains(field);
    });
  }

  @Test
  void aBankAccountIsMaskedAsBanksPrintIt() {
    PayeeAccount account = PayeeAccount.bank("004", "123-4-56789-0", "  นางมาลี   ทอผ้า ");
    assertThat(account.bank()).isEqualTo(ThaiBank.KBANK);
    assertThat(account.accountNumber()).isEqualTo("1234567890");
    assertThat(account.accountName()).isEqualTo("นางมาลี ทอผ้า");
    assertThat(account.masked()).isEqualTo("xxx-x-x6789-x").doesNotContain("12345");
    assertThat(account.via()).isEqualTo("KBANK");
    assertThat(PayeeAccount.bank("GSB", "0201 2345 6789", "กลุ่มทอผ้า").masked()).isEqualTo("xxxxxxxx6789");
  }

  @Test
  void aPromptPayIdIsMaskedButItsLastFourDigits() {
    PayeeAccount mobile = PayeeAccount.of("promptpay", null, null, "", "+66 81 234 5678");
    assertThat(mobile.promptPayId().digits()).isEqualTo("0812345678");
    assertThat(mobile.masked()).isEqualTo("xxxxxx5678");
    assertThat(mobile.accountName()).isNull();
    assertThat(PayeeAccount.promptPay("1-2345-67890-12-1", "กลุ่ม").masked()).isEqualTo("xxxxxxxxx0121");
  }

  @Test
  void badDetailsAreRefusedNamingTheField() {
    assertRefused(() -> PayeeAccount.bank("NOPE", "1234567890", "x"), "payee.bank.unknown", "bank");
    assertRefused(() -> PayeeAccount.bank("KBANK", "12345", "x"), "payee.accountNumber.invalid", "accountNumber");
    assertRefused(() -> PayeeAccount.bank("KBANK", "123456789O", "x"), "payee.accountNumber.invalid", "accountNumber");
    assertRefused(() -> PayeeAccount.bank("GSB", "1234567890", "x"), "payee.accountNumber.invalid", "accountNumber");
    assertRefused(() -> PayeeAccount.bank("SCB", "1234567890", " "), "text.required", "accountName");
    assertRefused(() -> PayeeAccount.bank("SCB", "1234567890", "ก".repeat(121)), "text.tooLong", "accountName");
    assertRefused(() -> PayeeAccount.promptPay("12345", null), "promptpay.id.invalid", "promptPayId");
    assertRefused(() -> PayeeAccount.of("CHEQUE", null, null, null, null), "payee.method.unknown", "method");
    assertRefused(() -> PayeeAccount.of(null, null, null, null, null), "payee.method.unknown", "method");
  }

  @Test
  void aPayeeIsWrittenAsItsKindAndId() {
    assertThat(Payee.parse("member-12")).isEqualTo(Payee.member(12));
    assertThat(Payee.parse(" GROUP-5 ")).isEqualTo(Payee.group(5));
    assertThat(Payee.group(5).key()).isEqualTo("group-5");
    assertRefused(() -> Payee.parse("shop-1"), "payee.unknown", "payee");
    assertRefused(() -> Payee.parse("member-"), "payee.unknown", "payee");
    assertRefused(() -> Payee.parse("member-0"), "payee.unknown", "payee");
    assertRefused(() -> Payee.parse(null), "payee.unknown", "payee");
  }
}
