package coop.fairshare.catalog;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real JPEG and PNG files made in memory for the tests, and a few that only look like them. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  public static byte[] jpeg(int width, int height) {
    return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  /** A JPEG with an EXIF segment right after its start, holding a GPS position as a phone would. */
  public static byte[] jpegWithExif(int width, int height) {
    byte[] plain = jpeg(width, height);
    byte[] payload = "Exif\0\0MM GPSLatitude 18.5744 N GPSLongitude 98.9847 E Make PhoneCam".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + payload.length);
    out.put(plain, 0, 2); // SOI
    out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
    out.put(plain, 2, plain.length - 2);
    return out.array();
  }

  /** A PNG whose header claims width × height pixels but that holds one pixel: a decompression bomb's disguise. */
  public static byte[] pngClaiming(int width, int height) {
    byte[] png = png(1, 1);
    // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ... then the chunk's CRC at 29
    ByteBuffer.wrap(png).putInt(16, width).putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
    return png;
  }

  public static BufferedImage read(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x2f3e7c), width, height, new Color(0xd8a53a)));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xb5532c));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
