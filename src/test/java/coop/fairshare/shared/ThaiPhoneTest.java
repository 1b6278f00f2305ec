package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers of delivery addresses and of members, read the way Thai people type them. */
class ThaiPhoneTest {

  @ParameterizedTest
  @CsvSource({
    "081-234-5678, 0812345678, 081-234-5678",
    "+66 81 234 5678, 0812345678, 081-234-5678",
    "66812345678, 0812345678, 081-234-5678",
    "02 123 4567, 021234567, 02-123-4567",
    "(053) 123-456, 053123456, 05-312-3456"
  })
  void phoneNumbersAreReadTheWayPeopleTypeThem(String typed, String national, String display) {
    ThaiPhone phone = ThaiPhone.parse(typed);
    assertThat(phone.number()).isEqualTo(national);
    assertThat(phone.display()).isEqualTo(display);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "0712345678", "081234567", "08123456789", "abcdefghij", "0112345678", "+1 415 555 0100"})
  void impossiblePhoneNumbersAreRefusedWithTheirKey(String typed) {
    assertThatThrownBy(() -> ThaiPhone.parse(typed)).isInstanceOfSatisfying(BadInput.class, e -> {
      assertThat(e.messageKey()).isEqualTo("address.phone.invalid");
      assertThat(e.field()).contains("phone");
    });
  }

  @Test
  void aBlankPhoneIsMissingRatherThanWrong() {
    assertThatThrownBy(() -> ThaiPhone.parse("  ")).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("address.phone.required"));
  }
}
