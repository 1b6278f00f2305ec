package coop.fairshare.welfare.web;

import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.ClaimDocument;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** A claim's paper as the browser sent it, read with its size checked before the bytes are taken in. */
final class ClaimUploads {

  private ClaimUploads() {}

  /** The file's bytes, or null with the refusal beside the input (an empty choice is no file: null, no message). */
  static byte[] read(Part part, String clientId) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    if (part.getSize() > ClaimDocument.MAX_BYTES) {
      Texts.error(clientId, "welfare.document.tooLarge", ClaimDocument.MAX_BYTES / (1024 * 1024));
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      Texts.error(clientId, "welfare.document.unreadable");
      return null;
    }
  }
}
