package coop.fairshare.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each full-strength hash costs about 0.2 s, so the class hashes once and verifies sparingly. */
class PasswordHasherTest {

  private static final String PASSWORD = "ผ้าไหม-2569!";
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    stored = PasswordHasher.hash(PASSWORD.toCharArray());
  }

  @Test
  void namesItsAlgorithmAndWorkFactorInTheStoredForm() {
    String[] parts = stored.split(":");

    assertThat(stored).matches("PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
  }

  @Test
  void hashingTheSamePasswordTwiceGivesDifferentSaltsAndHashes() {
    String again = PasswordHasher.hash(PASSWORD.toCharArray());

    assertThat(again).isNotEqualTo(stored);
    assertThat(again.split(":")[2]).isNotEqualTo(stored.split(":")[2]);
  }

  @Test
  void verifiesTheRightPassword() {
    assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), stored)).isTrue();
  }

  @Test
  void refusesAWrongPassword() {
    assertThat(PasswordHasher.verify("ผ้าไหม-2568!".toCharArray(), stored)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not a hash",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==:",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==:extra",
        "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
        "PBKDF2WithHmacSHA512:many:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
        "PBKDF2WithHmacSHA512:0:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
        "PBKDF2WithHmacSHA512:-5:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNo",
        "PBKDF2WithHmacSHA512:1000:!!not-base64!!:aGFzaGhhc2hoYXNo",
        "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0:!!not-base64!!",
        "PBKDF2WithHmacSHA512:1000::aGFzaGhhc2hoYXNo"
      })
  void refusesMalformedStoredValuesWithoutThrowing(String malformed) {
    assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), malformed)).isFalse();
  }

  @Test
  void anOlderHashWithFewerIterationsStillVerifies() throws Exception {
    byte[] salt = "an older salt of sixteen+ bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String older = handMadeHash("correct horse", salt, 1_000, 256);

    assertThat(PasswordHasher.verify("correct horse".toCharArray(), older)).isTrue();
    assertThat(PasswordHasher.verify("correct hors".toCharArray(), older)).isFalse();
  }

  /** Built with javax.crypto directly, in the {@code algorithm:iterations:salt:hash} form. */
  private static String handMadeHash(String password, byte[] salt, int iterations, int keyBits) throws Exception {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBits);
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
  }
}
