package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import org.junit.jupiter.api.Test;

class PromptPayQrTest {

  // the published vectors of the npm package promptpay-qr (dtinth/promptpay-qr, index.test.js),
  // whose codes Thai banking apps read: our fields come in the same order, so the strings must match

  @Test
  void aMobileNumberWithoutAnAmountMatchesThePublishedVector() {
    assertThat(PromptPayQr.transferAnyAmount(PromptPayId.parse("0801234567")).payload())
        .isEqualTo("00020101021129370016A000000677010111011300668012345675802TH530376463046197");
    assertThat(PromptPayQr.transferAnyAmount(PromptPayId.parse("080-123-4567")).payload())
        .isEqualTo("00020101021129370016A000000677010111011300668012345675802TH530376463046197");
    assertThat(PromptPayQr.transferAnyAmount(PromptPayId.parse("+66-89-123-4567")).payload())
        .isEqualTo("00020101021129370016A000000677010111011300668912345675802TH5303764630429C1");
  }

  @Test
  void aNationalOrTaxIdMatchesThePublishedVectors() {
    assertThat(PromptPayQr.transferAnyAmount(PromptPayId.parse("1-1111-11111-11-1")).payload())
        .isEqualTo("00020101021129370016A000000677010111021311111111111115802TH530376463047B5A");
    assertThat(PromptPayQr.transferAnyAmount(PromptPayId.parse("0123456789012")).payload())
        .isEqualTo("00020101021129370016A000000677010111021301234567890125802TH530376463040CBD");
  }

  @Test
  void anAmountMakesTheCodeDynamicAndMatchesThePublishedVector() {
    assertThat(PromptPayQr.transfer(PromptPayId.parse("000-000-0000"), Money.ofSatang(422)).payload())
        .isEqualTo("00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469");
  }

  @Test
  void theChecksumIsCrc16CcittFalse() {
    // the check value every CRC catalogue gives for CRC-16/CCITT-FALSE
    assertThat(PromptPayQr.crc16("123456789")).isEqualTo(0x29B1);
    String payload = PromptPayQr.transfer(PromptPayId.parse("0812345678"), Money.ofSatang(125_050)).payload();
    assertThat(PromptPayQr.checksumHolds(payload)).isTrue();
    // one digit of the amount changed: a banking app would refuse the code
    assertThat(PromptPayQr.checksumHolds(payload.replace("1250.50", "1250.60"))).isFalse();
  }

  @Test
  void amountsAreWholeSatangWithTwoDecimals() {
    assertThat(PromptPayQr.transfer(PromptPayId.parse("0812345678"), Money.ofBaht(85)).payload()).contains("540585.00");
    assertThat(PromptPayQr.transfer(PromptPayId.parse("0812345678"), Money.ofSatang(1)).payload()).contains("54040.01");
    assertThat(PromptPayQr.transfer(PromptPayId.parse("0812345678"), PromptPayQr.MOST).payload()).contains("54139999999999.99");
  }

  @Test
  void noAmountThatIsNotAPaymentIsWritten() {
    PromptPayId to = PromptPayId.parse("0812345678");
    for (Money wrong : new Money[] {null, Money.ZERO, Money.ofSatang(-100), PromptPayQr.MOST.plus(Money.ofSatang(1))}) {
      assertThatThrownBy(() -> PromptPayQr.transfer(to, wrong)).isInstanceOf(BadInput.class).hasFieldOrPropertyWithValue("messageKey", "promptpay.amount.invalid");
    }
  }

  @Test
  void aBillPaymentNamesTheOrderAsReferenceOne() {
    String payload = PromptPayQr.bill("0994000123456-01", "fs-2611-00042", Money.ofSatang(39_000)).payload();
    assertThat(payload).startsWith("000201010212" + "3054" + "0016A000000677010112" + "0115099400012345601" + "0211FS261100042"
        + "5802TH" + "5303764" + "5406390.00" + "6304");
    assertThat(PromptPayQr.checksumHolds(payload)).isTrue();
  }

  @Test
  void badIdsBillersAndReferencesAreRefusedByName() {
    for (String wrong : new String[] {null, "", "12345", "1801234567", "08012345678", "08x1234567", "0801234567890123"}) {
      assertThatThrownBy(() -> PromptPayId.parse(wrong)).as(String.valueOf(wrong)).isInstanceOf(BadInput.class)
          .hasFieldOrPropertyWithValue("messageKey", "promptpay.id.invalid");
    }
    assertThatThrownBy(() -> PromptPayQr.bill("12345", "FS1", Money.ofBaht(1))).hasFieldOrPropertyWithValue("messageKey", "promptpay.biller.invalid");
    assertThatThrownBy(() -> PromptPayQr.bill("099400012345601", "FS-1 ?", Money.ofBaht(1))).hasFieldOrPropertyWithValue("messageKey", "promptpay.reference.invalid");
    assertThatThrownBy(() -> PromptPayQr.bill("099400012345601", "A".repeat(21), Money.ofBaht(1))).hasFieldOrPropertyWithValue("messageKey", "promptpay.reference.invalid");
  }

  @Test
  void theDrawnCodeReadsBackToThePayload() throws Exception {
    PromptPayQr qr = PromptPayQr.transfer(PromptPayId.parse("0812345678"), Money.ofSatang(133_500));
    byte[] png = qr.png(360);
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    assertThat(image.getWidth()).isBetween(300, 400);
    com.google.zxing.Result read = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
        new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))));
    assertThat(read.getText()).isEqualTo(qr.payload());
  }

  @Test
  void aPageAskingForTheSameCodeAgainGetsTheOneAlreadyDrawnAndEachCodeReadsBackToItsOwnPayload() throws Exception {
    String first = PromptPayQr.transfer(PromptPayId.parse("0812345678"), Money.ofSatang(133_500)).payload();
    String second = PromptPayQr.transfer(PromptPayId.parse("0812345678"), Money.ofSatang(133_600)).payload();
    String drawn = QrImage.dataUri(first, 320);
    assertThat(QrImage.dataUri(first, 320)).as("kept, not drawn again").isSameAs(drawn);
    assertThat(QrImage.dataUri(second, 320)).isNotEqualTo(drawn);
    assertThat(QrImage.dataUri(first, 240)).isNotEqualTo(drawn);
    for (String payload : java.util.List.of(first, second)) {
      String uri = QrImage.dataUri(payload, 320);
      assertThat(uri).startsWith("data:image/png;base64,");
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
      com.google.zxing.Result read = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
          new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))));
      assertThat(read.getText()).isEqualTo(payload);
    }
  }

  @Test
  void anIdIsShownMaskedOnPages() {
    assertThat(PromptPayId.parse("081-234-5678").masked()).isEqualTo("••••••5678");
    assertThat(PromptPayId.parse("0994000123456").kind()).isEqualTo(PromptPayId.Kind.TAX_ID);
    assertThat(PromptPayId.parse("123456789012345").kind()).isEqualTo(PromptPayId.Kind.E_WALLET);
  }
}
