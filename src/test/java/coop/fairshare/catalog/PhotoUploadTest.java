package coop.fairshare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.catalog.PhotoRefused.Reason;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoUploadTest {

  @Test
  void aLargePngIsReEncodedAsJpegsWithinTheLimits() throws Exception {
    PhotoUpload upload = PhotoUpload.of(TestImages.png(3000, 2000), "image/png");

    assertThat(upload.size()).isEqualTo(new PhotoUpload.Size(1200, 800));
    BufferedImage display = TestImages.read(upload.display());
    assertThat(display.getWidth()).isEqualTo(1200);
    assertThat(display.getHeight()).isEqualTo(800);
    BufferedImage thumb = TestImages.read(upload.thumb());
    assertThat(thumb.getWidth()).isEqualTo(400);
    assertThat(thumb.getHeight()).isEqualTo(267);
    assertThat(upload.display()).startsWith(0xFF, 0xD8, 0xFF);
    assertThat(upload.thumb()).startsWith(0xFF, 0xD8, 0xFF);
    assertThat(upload.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload.display())));
    assertThat(upload.display().length).isLessThan(PhotoUpload.MAX_BYTES);
  }

  @Test
  void aPortraitJpegIsFittedByItsHeight() {
    PhotoUpload upload = PhotoUpload.of(TestImages.jpeg(1500, 4500), "image/jpeg");

    assertThat(upload.size()).isEqualTo(new PhotoUpload.Size(400, 1200));
    BufferedImage thumb = TestImages.read(upload.thumb());
    assertThat(thumb.getWidth()).isEqualTo(133);
    assertThat(thumb.getHeight()).isEqualTo(400);
  }

  @Test
  void aSmallPhotoKeepsItsSize() {
    PhotoUpload upload = PhotoUpload.of(TestImages.jpeg(320, 200), "image/jpeg");

    assertThat(upload.size()).isEqualTo(new PhotoUpload.Size(320, 200));
    assertThat(TestImages.read(upload.thumb()).getWidth()).isEqualTo(320);
  }

  @Test
  void theExifAndGpsOfThePhoneAreGone() {
    byte[] fromPhone = TestImages.jpegWithExif(800, 600);
    assertThat(contains(fromPhone, "GPSLatitude")).as("the test photo carries a position").isTrue();

    PhotoUpload upload = PhotoUpload.of(fromPhone, "image/jpeg");

    for (byte[] stored : List.of(upload.display(), upload.thumb())) {
      assertThat(contains(stored, "Exif")).isFalse();
      assertThat(contains(stored, "GPS")).isFalse();
      assertThat(contains(stored, "PhoneCam")).isFalse();
      assertThat(hasMarker(stored, 0xE1)).as("no APP1 (EXIF/XMP) segment").isFalse();
    }
  }

  @Test
  void theDeclaredTypeMayCarryParametersAndCapitals() {
    assertThat(PhotoUpload.of(TestImages.png(300, 300), " IMAGE/PNG; name=x.png").size()).isEqualTo(new PhotoUpload.Size(300, 300));
  }

  @Test
  void aFakeJpegWithAJpegHeaderIsRefused() {
    byte[] fake = new byte[4000];
    Arrays.fill(fake, (byte) 0x41);
    fake[0] = (byte) 0xFF;
    fake[1] = (byte) 0xD8;
    fake[2] = (byte) 0xFF;
    fake[3] = (byte) 0xE0;

    assertRefused(() -> PhotoUpload.of(fake, "image/jpeg"), Reason.NOT_AN_IMAGE);
  }

  @Test
  void aTruncatedJpegIsRefused() {
    byte[] whole = TestImages.jpeg(800, 600);

    assertRefused(() -> PhotoUpload.of(Arrays.copyOf(whole, whole.length / 2), "image/jpeg"), Reason.NOT_AN_IMAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/png", "image/jpeg"})
  void textCalledAnImageIsRefused(String declared) {
    byte[] text = "ผ้าฝ้ายทอมือ: this is a text file renamed photo.jpg\n".repeat(50).getBytes(StandardCharsets.UTF_8);

    assertRefused(() -> PhotoUpload.of(text, declared), Reason.NOT_AN_IMAGE);
  }

  @Test
  void aRealImageOfAnotherTypeThanDeclaredIsRefused() {
    assertRefused(() -> PhotoUpload.of(TestImages.png(400, 400), "image/jpeg"), Reason.NOT_AN_IMAGE);
    assertRefused(() -> PhotoUpload.of(TestImages.jpeg(400, 400), "image/png"), Reason.NOT_AN_IMAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/gif", "text/plain", "application/octet-stream", "image/svg+xml", ""})
  void onlyJpegAndPngAreAccepted(String declared) {
    assertRefused(() -> PhotoUpload.of(TestImages.png(400, 400), declared), Reason.WRONG_TYPE);
    assertRefused(() -> PhotoUpload.of(TestImages.png(400, 400), null), Reason.WRONG_TYPE);
  }

  @Test
  void moreThanFiveMegabytesAreRefusedBeforeAnythingIsRead() {
    byte[] big = new byte[PhotoUpload.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;

    PhotoRefused refused = assertRefused(() -> PhotoUpload.of(big, "image/jpeg"), Reason.TOO_MANY_BYTES);
    assertThat(refused.arguments()).containsExactly(5);
  }

  @Test
  void nothingIsRefused() {
    assertRefused(() -> PhotoUpload.of(new byte[0], "image/jpeg"), Reason.EMPTY);
    assertRefused(() -> PhotoUpload.of(null, "image/jpeg"), Reason.EMPTY);
  }

  @Test
  void tooSmallAPhotoIsRefusedWithItsSize() {
    PhotoRefused refused = assertRefused(() -> PhotoUpload.of(TestImages.png(199, 300), "image/png"), Reason.TOO_SMALL);
    assertThat(refused.arguments()).containsExactly(200, 199, 300);
    assertRefused(() -> PhotoUpload.of(TestImages.jpeg(640, 150), "image/jpeg"), Reason.TOO_SMALL);
  }

  @Test
  void tooLargeAPhotoIsRefused() {
    PhotoRefused refused = assertRefused(() -> PhotoUpload.of(TestImages.png(6001, 300), "image/png"), Reason.TOO_LARGE);
    assertThat(refused.arguments()).containsExactly(6000, 6001, 300);
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeaderWithoutDecodingIt() {
    byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
    assertThat(bomb.length).isLessThan(200);

    PhotoRefused refused = assertRefused(() -> PhotoUpload.of(bomb, "image/png"), Reason.TOO_LARGE);
    assertThat(refused.arguments()).containsExactly(6000, 50_000, 50_000);
  }

  @Test
  void theLargestAllowedPhotoIsAccepted() {
    assertThat(PhotoUpload.of(TestImages.jpeg(6000, 200), "image/jpeg").size()).isEqualTo(new PhotoUpload.Size(1200, 40));
  }

  @Test
  void fittingKeepsTheProportionsAndNeverEnlarges() {
    assertThat(PhotoUpload.fit(3000, 2000, 400)).isEqualTo(new PhotoUpload.Size(400, 267));
    assertThat(PhotoUpload.fit(2000, 3000, 1200)).isEqualTo(new PhotoUpload.Size(800, 1200));
    assertThat(PhotoUpload.fit(6000, 1, 400)).isEqualTo(new PhotoUpload.Size(400, 1));
    assertThat(PhotoUpload.fit(300, 200, 400)).isEqualTo(new PhotoUpload.Size(300, 200));
  }

  @Test
  void everyRefusalSaysWhyInThaiAndEnglish() {
    List<PhotoRefused> all = List.of(PhotoRefused.empty(), PhotoRefused.tooManyBytes(), PhotoRefused.wrongType(), PhotoRefused.notAnImage(),
        PhotoRefused.tooSmall(10, 20), PhotoRefused.tooLarge(7000, 20), PhotoRefused.tooManyPhotos());
    assertThat(all).extracting(PhotoRefused::reason).containsExactlyInAnyOrder(Reason.values());
    for (Locale locale : List.of(Locale.forLanguageTag("th"), Locale.ENGLISH)) {
      ResourceBundle bundle = ResourceBundle.getBundle("coop.fairshare.i18n.messages", locale);
      for (PhotoRefused refused : all) {
        assertThat(bundle.getString(refused.messageKey())).as(refused.messageKey() + " in " + locale).isNotBlank();
      }
    }
    assertThat(coop.fairshare.shared.web.Texts.text(Locale.ENGLISH, "photo.tooLarge", 6000, 7000, 20))
        .isEqualTo("The photo is too large: at most 6000 pixels a side, this one is 7000 × 20");
  }

  private static PhotoRefused assertRefused(ThrowingCallable call, Reason reason) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(PhotoRefused.class);
    PhotoRefused refused = (PhotoRefused) thrown;
    assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason);
    return refused;
  }

  private static boolean contains(byte[] bytes, String text) {
    byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Walks the JPEG's segments up to the image data, looking for one marker. */
  private static boolean hasMarker(byte[] jpeg, int marker) {
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int m = jpeg[i + 1] & 0xFF;
      if (m == marker) {
        return true;
      }
      if (m == 0xDA) {
        return false;
      }
      i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
    }
    return false;
  }
}
