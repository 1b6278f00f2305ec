package coop.fairshare.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of a shop page that are one person's: the cart count, her links (my orders, my
 * products, the treasury) and who is signed in. The page template marks each with {@link #START}
 * and {@link #END}; everything between the parts is the same for everyone who sees the page in that
 * language, so a page rendered for one person serves another once her own parts are put in its
 * place ({@link AnonymousPageCache}). Her parts are cut from the last page rendered for her and
 * kept a few seconds, as long as a page is, keyed by her session, her name, her language and what
 * is in her cart, so adding to the cart or signing in or out shows at once.
 *
 * <p>Only what the template marks is hers: a page under the cached paths must show nothing
 * personal outside these parts (PageCacheIT proves one person's page never shows another's).
 */
public final class PersonalParts {

  /** Where a personal part begins and ends (written raw by the template: Facelets drops its comments). */
  static final String START = "<!--fs:person-->";
  static final String END = "<!--/fs:person-->";
  /** The session attribute holding the number of units in the cart (set by the cart, read here). */
  public static final String CART_UNITS = "fairshare.cartUnits";

  private static final byte[] START_BYTES = START.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_BYTES = END.getBytes(StandardCharsets.US_ASCII);

  private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
  private final int maxPeople;

  PersonalParts(int maxPeople) {
    this.maxPeople = maxPeople;
  }

  /** The key of one person's parts. */
  static String key(String sessionId, String user, String language, Object cartUnits) {
    return sessionId + ' ' + (user == null ? "" : user) + ' ' + language + ' ' + (cartUnits == null ? 0 : cartUnits);
  }

  /** Her parts, if kept and not older than their time to live. */
  List<byte[]> get(String key, long now) {
    Kept parts = kept.get(key);
    if (parts == null) {
      return null;
    }
    if (now - parts.expiresAtNanos() >= 0) {
      if (now - (parts.expiresAtNanos() + parts.ttlNanos()) >= 0) {
        kept.remove(key, parts);
      }
      return null;
    }
    return parts.parts();
  }

  /** Her parts gone stale no longer ago than they were fresh (kept for use while her next page renders); null if none. */
  List<byte[]> usable(String key, long now) {
    Kept parts = kept.get(key);
    return parts != null && now - (parts.expiresAtNanos() + parts.ttlNanos()) < 0 ? parts.parts() : null;
  }

  void put(String key, List<byte[]> parts, long expiresAtNanos, long ttlNanos) {
    kept.put(key, new Kept(List.copyOf(parts), expiresAtNanos, ttlNanos));
    if (kept.size() > maxPeople) {
      shrink(System.nanoTime());
    }
  }

  private synchronized void shrink(long now) {
    kept.entrySet().removeIf(e -> now - (e.getValue().expiresAtNanos() + e.getValue().ttlNanos()) >= 0);
    // still too many people at once: forget some (each is rendered afresh on her next view)
    Iterator<String> keys = kept.keySet().iterator();
    while (kept.size() > maxPeople && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  int size() {
    return kept.size();
  }

  private record Kept(List<byte[]> parts, long expiresAtNanos, long ttlNanos) {}

  // ---- cutting and splicing, on the bytes as sent --------------------------------------------------

  private static final byte[] VIEW_STATE = "jakarta.faces.ViewState".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] STATELESS = "value=\"stateless\"".getBytes(StandardCharsets.US_ASCII);

  /**
   * The personal parts of a page, in order (without their marks); empty if it has none or they are
   * unmatched, or if the page carries a Faces view state kept in her session: a copy of the page
   * would hand it to others. A stateless view's forms ({@link KeptPages}) carry none.
   */
  static Optional<List<byte[]>> partsOf(byte[] page) {
    if (carriesSessionState(page)) {
      return Optional.empty();
    }
    return regions(page).filter(r -> !r.isEmpty()).map(found -> found.stream().map(r -> java.util.Arrays.copyOfRange(page, r[0], r[1])).toList());
  }

  /** Whether any tag naming the view state gives it a value other than {@code stateless}. */
  private static boolean carriesSessionState(byte[] page) {
    for (int at = indexOf(page, VIEW_STATE, 0); at >= 0; at = indexOf(page, VIEW_STATE, at + VIEW_STATE.length)) {
      int open = at;
      while (open > 0 && page[open] != '<') {
        open--;
      }
      int close = at;
      while (close < page.length && page[close] != '>') {
        close++;
      }
      int stateless = indexOf(page, STATELESS, open);
      if (page[open] != '<' || stateless < 0 || stateless + STATELESS.length > close) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page with its personal parts replaced by these, in order; empty unless the page has exactly
   * as many parts as given.
   */
  static Optional<byte[]> splice(byte[] page, List<byte[]> parts) {
    Optional<List<int[]>> found = regions(page);
    if (found.isEmpty() || found.get().size() != parts.size()) {
      return Optional.empty();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(page.length + 256);
    int at = 0;
    for (int i = 0; i < parts.size(); i++) {
      int[] region = found.get().get(i);
      out.write(page, at, region[0] - at);
      out.write(parts.get(i), 0, parts.get(i).length);
      at = region[1];
    }
    out.write(page, at, page.length - at);
    return Optional.of(out.toByteArray());
  }

  /** Where each part's content begins and ends, in order; empty if a part is left open or holds another. */
  private static Optional<List<int[]>> regions(byte[] page) {
    List<int[]> regions = new ArrayList<>();
    int at = 0;
    while (true) {
      int start = indexOf(page, START_BYTES, at);
      if (start < 0) {
        return Optional.of(regions);
      }
      int from = start + START_BYTES.length;
      int end = indexOf(page, END_BYTES, from);
      int nextStart = indexOf(page, START_BYTES, from);
      if (end < 0 || nextStart >= 0 && nextStart < end) {
        return Optional.empty();
      }
      regions.add(new int[] {from, end});
      at = end + END_BYTES.length;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
