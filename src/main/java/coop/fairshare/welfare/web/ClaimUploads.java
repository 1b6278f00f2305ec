package coop.fairshare.welfare.web;

import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.Uploads;
import coop.fairshare.welfare.ClaimDocument;
import jakarta.servlet.http.Part;
import java.io.IOException;

/** A claim's paper as the browser sent it, its size checked before the bytes are taken in. */
final class ClaimUploads {

  private ClaimUploads() {}

  /** The file's bytes (empty when none was chosen), or null with the refusal beside the input. */
  static byte[] read(Part part, String clientId) {
    try {
      return Uploads.read(part, ClaimDocument.MAX_BYTES, clientId, "welfare.document.tooLarge");
    } catch (IOException e) {
      Texts.error(clientId, "welfare.document.unreadable");
      return null;
    }
  }
}
