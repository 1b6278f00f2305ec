package coop.fairshare.shared;

/**
 * Where a page of a list in code order starts: right after a code (the page after one seen), right
 * before one (the page before it), or, with neither, at its page number. A list read after a code
 * costs the same at its two-thousandth page as at its first; one read at an offset walks every row
 * before it. A code comes from an address, so it is only text compared with codes: one that is
 * too long to be a code is no position at all.
 */
public record CodeSeek(String after, String before) {

  /** Longer than any code the ledger writes. */
  public static final int MAX_CODE = 64;

  public static final CodeSeek NONE = new CodeSeek(null, null);

  public CodeSeek {
    after = code(after);
    before = after == null ? code(before) : null;
  }

  /** After a code if one is given, else before one, else at the page number. */
  public static CodeSeek of(String after, String before) {
    return new CodeSeek(after, before);
  }

  /** Whether the page starts at a code rather than at its number. */
  public boolean positioned() {
    return after != null || before != null;
  }

  private static String code(String typed) {
    if (typed == null || typed.isBlank() || typed.strip().length() > MAX_CODE) {
      return null;
    }
    return typed.strip();
  }
}
