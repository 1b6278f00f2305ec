package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressIdTest {

  @Test
  void aWholeNumberIsAnIdAndAnythingElseIsNotFound() {
    assertThat(AddressId.of(" 42 ")).contains(42L);
    assertThat(AddressId.of(null)).isEmpty();
    assertThat(AddressId.of("abc")).isEmpty();
    assertThat(AddressId.of("99999999999999999999")).as("too long to be an id").isEmpty();
  }
}
