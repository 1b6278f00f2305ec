package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A slip's type is what its first bytes say, whatever it is called; anything else, nothing, or too much is refused. */
class SlipFileTest {

  @Test
  void aJpegAPngAndAPdfAreKnownByTheirFirstBytes() {
    assertThat(SlipFile.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}).contentType()).isEqualTo("image/jpeg");
    assertThat(SlipFile.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}).contentType()).isEqualTo("image/png");
    assertThat(SlipFile.of("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)).contentType()).isEqualTo("application/pdf");
  }

  @Test
  void anythingElseIsRefusedInWords() {
    // an HTML page called slip.jpg, a GIF, a Windows program: none is a slip
    for (byte[] fake : new byte[][] {"<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), "GIF89a....".getBytes(StandardCharsets.US_ASCII),
        {'M', 'Z', (byte) 0x90, 0}, {(byte) 0xFF, (byte) 0xD8}}) {
      assertThatThrownBy(() -> SlipFile.of(fake)).isInstanceOfSatisfying(BadInput.class, e -> {
        assertThat(e.messageKey()).isEqualTo("payment.slip.type");
        assertThat(e.field()).contains("slip");
      });
    }
    assertThatThrownBy(() -> SlipFile.of(new byte[0])).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("payment.slip.empty"));
    assertThatThrownBy(() -> SlipFile.of(null)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("payment.slip.empty"));
  }

  @Test
  void aSlipOverFiveMegabytesIsRefusedEvenIfItIsAPicture() {
    byte[] big = new byte[SlipFile.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;
    assertThatThrownBy(() -> SlipFile.of(big)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("payment.slip.tooLarge"));
    byte[] justSo = java.util.Arrays.copyOf(big, SlipFile.MAX_BYTES);
    assertThat(SlipFile.of(justSo).bytes()).hasSize(SlipFile.MAX_BYTES);
  }
}
