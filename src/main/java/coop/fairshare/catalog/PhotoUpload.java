package coop.fairshare.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A product photo as a producer sent it, checked and made safe to show: only a real JPEG or PNG
 * (the declared type and the file's first bytes must agree), at most 5 MB, between 200 and 6000
 * pixels a side, re-encoded as a display JPEG (at most 1200 px a side) and a thumbnail (at most
 * 400 px). Anything else is refused with a {@link PhotoRefused} in the constructor's stead.
 */
public final class PhotoUpload {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MIN_SIDE = 200;
  public static final int MAX_SIDE = 6000;
  public static final int DISPLAY_SIDE = 1200;
  public static final int THUMB_SIDE = 400;
  /** Decoding a 6000 px photo in full takes 144 MB; reading every n-th pixel keeps it near 23 MB. */
  private static final int DECODE_SIDE = 2 * DISPLAY_SIDE;
  private static final int JPEG_QUALITY_PERCENT = 82;

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** A width and a height in pixels. */
  public record Size(int width, int height) {}

  private final byte[] display;
  private final byte[] thumb;
  private final Size size;
  private final String sha256;

  private PhotoUpload(byte[] display, byte[] thumb, Size size) {
    this.display = display;
    this.thumb = thumb;
    this.size = size;
    this.sha256 = sha256(display);
  }

  /** Checks an uploaded file and re-encodes it, or refuses it with the reason. */
  public static PhotoUpload of(byte[] bytes, String declaredType) {
    if (bytes == null || bytes.length == 0) {
      throw PhotoRefused.empty();
    }
    if (bytes.length > MAX_BYTES) {
      throw PhotoRefused.tooManyBytes();
    }
    String format = format(declaredType);
    if (!startsWith(bytes, format.equals("png") ? PNG_MAGIC : JPEG_MAGIC)) {
      throw PhotoRefused.notAnImage();
    }
    return encoded(decode(bytes, format));
  }

  /**
   * A picture the shop drew itself ({@link ProductIllustration}): the same checks of its size and the
   * same re-encoding as an upload, without writing it to a file and reading it back first.
   */
  public static PhotoUpload ofPicture(BufferedImage picture) {
    int width = picture.getWidth();
    int height = picture.getHeight();
    if (width > MAX_SIDE || height > MAX_SIDE) {
      throw PhotoRefused.tooLarge(width, height);
    }
    if (width < MIN_SIDE || height < MIN_SIDE) {
      throw PhotoRefused.tooSmall(width, height);
    }
    return encoded(picture);
  }

  private static PhotoUpload encoded(BufferedImage decoded) {
    // Only pixels go on: re-encoding drops EXIF, GPS and every other tag of the original. Many
    // members photograph their work at home, and a phone writes where that home is into the file.
    BufferedImage display = scaled(decoded, DISPLAY_SIDE);
    BufferedImage thumb = scaled(display, THUMB_SIDE);
    return new PhotoUpload(jpeg(display), jpeg(thumb), new Size(display.getWidth(), display.getHeight()));
  }

  /** The size that fits within max pixels a side, keeping the proportions; smaller images stay as they are. */
  public static Size fit(int width, int height, int max) {
    int longest = Math.max(width, height);
    if (longest <= max) {
      return new Size(width, height);
    }
    int w = (int) Math.max(1, ((long) width * max + longest / 2) / longest);
    int h = (int) Math.max(1, ((long) height * max + longest / 2) / longest);
    return new Size(w, h);
  }

  private static String format(String declaredType) {
    String type = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "image/jpeg" -> "jpeg";
      case "image/png" -> "png";
      default -> throw PhotoRefused.wrongType();
    };
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  /** Reads the dimensions from the header first, so a decompression bomb is refused before it is decoded. */
  private static BufferedImage decode(byte[] bytes, String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + format);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width > MAX_SIDE || height > MAX_SIDE) {
        throw PhotoRefused.tooLarge(width, height);
      }
      if (width < MIN_SIDE || height < MIN_SIDE) {
        throw PhotoRefused.tooSmall(width, height);
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (Math.max(width, height) + DECODE_SIDE - 1) / DECODE_SIDE;
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
      // a truncated JPEG decodes with only a warning and grey where the data ran out: refuse it
      reader.addIIOReadWarningListener((source, warning) -> {
        throw new CorruptImage(warning);
      });
      BufferedImage image = reader.read(0, param);
      if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
        throw PhotoRefused.notAnImage();
      }
      return image;
    } catch (PhotoRefused refused) {
      throw refused;
    } catch (IOException | RuntimeException unreadable) {
      // ImageIO's own failures (IIOException, CMYK JPEGs, broken PNG chunks) all mean the same to a user
      throw PhotoRefused.notAnImage();
    } finally {
      reader.dispose();
    }
  }

  private static final class CorruptImage extends RuntimeException {
    CorruptImage(String warning) {
      super(warning, null, false, false);
    }
  }

  /** Halves the image while it is more than twice too large, then draws it at its size: smooth, not jagged. */
  private static BufferedImage scaled(BufferedImage source, int max) {
    Size target = fit(source.getWidth(), source.getHeight(), max);
    BufferedImage current = source;
    int width = source.getWidth();
    int height = source.getHeight();
    while (width / 2 >= target.width() && height / 2 >= target.height()) {
      width /= 2;
      height /= 2;
      current = drawn(current, width, height);
    }
    if (current == source || width != target.width() || height != target.height()) {
      current = drawn(current, target.width(), target.height());
    }
    return current;
  }

  /** Draws on white into plain RGB: a PNG's transparency becomes white, as on the shop's pages. */
  private static BufferedImage drawn(BufferedImage source, int width, int height) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY_PERCENT / 100f);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a JPEG to memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The display JPEG: at most 1200 px a side, no metadata. */
  public byte[] display() {
    return display.clone();
  }

  /** The thumbnail JPEG: at most 400 px a side. */
  public byte[] thumb() {
    return thumb.clone();
  }

  /** The display JPEG's size. */
  public Size size() {
    return size;
  }

  /** SHA-256 of the display bytes, in lower-case hex. */
  public String sha256() {
    return sha256;
  }
}
