package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.FileKind;

/**
 * A transfer slip as a shopper sends it: a photo or screenshot of her banking app's receipt (JPEG
 * or PNG) or the PDF her bank e-mailed. What it is, is read from its first bytes, never from its
 * name or the type her browser claimed; anything else, an empty file or one over 5 MB is refused.
 */
public record SlipFile(String contentType, byte[] bytes) {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public static SlipFile of(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new BadInput("payment.slip.empty").on("slip");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadInput("payment.slip.tooLarge", MAX_BYTES / (1024 * 1024)).on("slip");
    }
    return new SlipFile(FileKind.of(bytes).orElseThrow(() -> new BadInput("payment.slip.type").on("slip")), bytes);
  }
}
