package coop.fairshare.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.fairshare.shared.BadInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

  enum Scope { COOP, GROUP }

  @Test
  void anUnknownWordIsRefusedWithTheWordsAllowedNeverTheJdksText() {
    assertThat(RequestFields.oneOf(Scope.class, " group ", "scope")).isEqualTo(Scope.GROUP);
    BadInput refused = refusal(() -> RequestFields.oneOf(Scope.class, "FOO", "scope"));
    assertThat(refused.messageKey()).isEqualTo("error.unknownValue");
    assertThat(Arrays.asList(refused.arguments())).containsExactly("scope", "COOP, GROUP");
    assertThat(refused.getMessage()).doesNotContain("No enum constant");
    assertThat(refusal(() -> RequestFields.oneOf(Scope.class, null, "scope")).messageKey()).isEqualTo("error.fieldRequired");
  }

  @Test
  void aMissingBodyFieldOrListEntryIsRefusedByName() {
    assertThat(refusal(() -> RequestFields.body(null)).messageKey()).isEqualTo("error.bodyRequired");
    assertThat(refusal(() -> RequestFields.required(null, "stock")).arguments()).containsExactly("stock");
    assertThat(refusal(() -> RequestFields.elements(Arrays.asList((Object) null), "lines")).messageKey()).isEqualTo("error.listElementMissing");
    assertThat(refusal(() -> RequestFields.elements(null, "lines")).messageKey()).isEqualTo("error.fieldRequired");
    assertThat(RequestFields.elements(List.of(), "lines")).isEmpty();
  }

  @Test
  void aQueryNumberIsReadExactlyOrRefused() {
    assertThat(RequestFields.number(null, 20, 1, 100)).isEqualTo(20);
    assertThat(RequestFields.number("7", 20, 1, 100)).isEqualTo(7);
    assertThat(refusal(() -> RequestFields.number("2147483648", 0, 0, 100_000)).messageKey()).isEqualTo("error.wholeNumberExpected");
  }

  private static BadInput refusal(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(BadInput.class);
    return (BadInput) thrown;
  }
}
