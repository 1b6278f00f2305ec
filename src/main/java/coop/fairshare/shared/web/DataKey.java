package coop.fairshare.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key of a part of a signed-in page that is kept while what it shows is unchanged
 * ({@code <o:cache>} with {@link SharedParts#getDataSeconds()}): a digest of the very values the
 * part is drawn from. The values are records (and lists, numbers, text of them), whose text names
 * every component, so two reads of the same figures give one key and any changed figure a new one:
 * a kept part can never be older than the data the page has just read. Rendering, not reading, is
 * what a signed-in page spends its time on, so the page still reads and only the drawing is saved.
 */
public final class DataKey {

  private DataKey() {}

  /** A short key of {@code values} in order (each one's text, with its length first so no two lists make one key). */
  public static String of(Object... values) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Object value : values) {
      byte[] text = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
      digest.update((text.length + ":").getBytes(StandardCharsets.US_ASCII));
      digest.update(text);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
  }
}
