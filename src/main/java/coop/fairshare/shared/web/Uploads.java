package coop.fairshare.shared.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** A file a form sent, taken in only when it is no bigger than the page allows. */
public final class Uploads {

  private Uploads() {}

  /**
   * The file's bytes (an empty array when none was chosen), or null when it is too big, with the
   * refusal ({@code tooLargeKey}, its argument the limit in MB) beside the input.
   */
  public static byte[] read(Part part, int maxBytes, String clientId, String tooLargeKey) throws IOException {
    if (part == null || part.getSize() == 0) {
      return new byte[0];
    }
    if (part.getSize() > maxBytes) {
      Texts.error(clientId, tooLargeKey, maxBytes / (1024 * 1024));
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
