package coop.fairshare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.fairshare.shared.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthTest {

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "qwertyuiop", "Password123", "fairshare-demo", "1q2w3e4r5t"})
  void aCommonPasswordIsRefused(String password) {
    assertThat(refusal("somsri", password)).isEqualTo("registration.password.common");
  }

  @ParameterizedTest
  @ValueSource(strings = {"somsri-2026!", "my-SOMSRI-pass", "xxsomsrixx"})
  void aPasswordWithTheUsernameInItIsRefused(String password) {
    assertThat(refusal("somsri", password)).isEqualTo("registration.password.containsUsername");
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaa", "2222222222", "abcdefghijkl", "9876543210", "lmnopqrstu", "abcabcabcabc", "1212121212", "xyz!xyz!xyz!"})
  void oneCharacterRepeatedARunOrAShortPieceRepeatedIsRefused(String password) {
    assertThat(refusal("somsri", password)).isEqualTo("registration.password.tooSimple");
  }

  @ParameterizedTest
  @ValueSource(strings = {"long-enough-pw", "ข้าวเหนียวมะม่วง", "correct horse battery", "the-right-password", "abcdefghij1"})
  void aPasswordHardToGuessPasses(String password) {
    assertThatCode(() -> PasswordStrength.require("somsri", password)).doesNotThrowAnyException();
  }

  @Test
  void aShortUsernameDoesNotForbidEveryPasswordThatHappensToContainIt() {
    assertThatCode(() -> PasswordStrength.require("ab", "stab-in-the-dark")).doesNotThrowAnyException();
  }

  private static String refusal(String username, String password) {
    Throwable thrown = catchThrowable(() -> PasswordStrength.require(username, password));
    assertThat(thrown).as(password).isInstanceOf(BadInput.class);
    return ((BadInput) thrown).messageKey();
  }
}
