package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import java.util.Arrays;

/**
 * A transfer slip as a shopper sends it: a photo or screenshot of her banking app's receipt (JPEG
 * or PNG) or the PDF her bank e-mailed. What it is, is read from its first bytes, never from its
 * name or the type her browser claimed; anything else, an empty file or one over 5 MB is refused.
 */
public record SlipFile(String contentType, byte[] bytes) {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

  public static SlipFile of(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new BadInput("payment.slip.empty").on("slip");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadInput("payment.slip.tooLarge", MAX_BYTES / (1024 * 1024)).on("slip");
    }
    String type = startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, PDF) ? "application/pdf" : null;
    if (type == null) {
      throw new BadInput("payment.slip.type").on("slip");
    }
    return new SlipFile(type, bytes);
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }
}
