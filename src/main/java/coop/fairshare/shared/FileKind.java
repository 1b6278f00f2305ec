package coop.fairshare.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded file is, read from its first bytes — never from its name or the type a browser
 * claimed: a JPEG or PNG photo, or a PDF. Anything else is no kind we keep.
 */
public final class FileKind {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

  private FileKind() {}

  /** The content type of a photo or PDF, or empty for anything else. */
  public static Optional<String> of(byte[] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, PDF) ? "application/pdf" : null);
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }
}
