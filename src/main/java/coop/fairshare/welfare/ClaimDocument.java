package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.FileKind;
import java.io.Serializable;

/**
 * A paper that supports a claim — a birth certificate, a hospital's discharge note, a death
 * certificate — photographed or scanned: a JPEG, PNG or PDF by its first bytes, at most 5 MB, a
 * claim at most five of them.
 */
public record ClaimDocument(String fileName, String contentType, byte[] bytes) implements Serializable {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MOST_PER_CLAIM = 5;

  public static ClaimDocument of(String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new BadInput("welfare.document.empty").on("documents");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadInput("welfare.document.tooLarge", MAX_BYTES / (1024 * 1024)).on("documents");
    }
    String type = FileKind.of(bytes).orElseThrow(() -> new BadInput("welfare.document.type").on("documents"));
    return new ClaimDocument(cleanName(fileName, type), type, bytes);
  }

  /** Only the name's last part, printable and short: it is shown to treasurers and sent back in a header. */
  private static String cleanName(String name, String type) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{M}\\p{N} ._()-]", "_").strip();
    if (base.isEmpty()) {
      base = "document" + (type.equals("application/pdf") ? ".pdf" : type.equals("image/png") ? ".png" : ".jpg");
    }
    return base.length() > 120 ? base.substring(base.length() - 120) : base;
  }
}
