package coop.fairshare.payment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code drawn by the shop itself (ZXing), so a payment page depends on no other site's images:
 * black on white, error correction M, the four-module quiet zone banking apps expect.
 */
public final class QrImage {

  private QrImage() {}

  public static byte[] png(String text, int pixels) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
      BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (WriterException | IOException e) {
      // a payment payload of a few hundred characters always fits, and memory never fails to write
      throw new IllegalStateException("the QR code could not be drawn", e);
    }
  }

  /**
   * The PNG as a {@code data:} address for an {@code img} on the page (the page's policy allows data
   * images). The last few hundred are kept: drawing and encoding one was two fifths of an order
   * page's render, a customer's page shows the same one on every look until it is paid, and the
   * picture is the text's alone (no one's state: each instance keeps its own, bounded).
   */
  public static String dataUri(String text, int pixels) {
    String key = pixels + " " + text;
    synchronized (DRAWN) {
      String drawn = DRAWN.get(key);
      if (drawn != null) {
        return drawn;
      }
    }
    String drawn = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, pixels));
    synchronized (DRAWN) {
      DRAWN.put(key, drawn);
    }
    return drawn;
  }

  private static final int KEPT = 256;
  private static final Map<String, String> DRAWN = new Drawn();

  /** The most recently used drawings, the eldest dropped beyond {@link #KEPT}. */
  private static final class Drawn extends LinkedHashMap<String, String> {
    private static final long serialVersionUID = 1L;

    Drawn() {
      super(KEPT, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > KEPT;
    }
  }
}
