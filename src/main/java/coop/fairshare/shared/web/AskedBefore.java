package coop.fairshare.shared.web;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which keys were asked for recently, so that a drawing is kept only for a key asked a second time.
 * A page's figures asked for once and never again (the payouts owed, page after page; one
 * shopper's receipt) were each kept at first sight: at national scale thousands a minute, every one
 * outliving the young collector and none ever served (session 35: with the data-keyed parts off, the
 * payouts' next pages answered a third more). A key asked a second time is worth keeping.
 *
 * <p>A fixed table of 64-bit fingerprints, one slot per fingerprint's low bits: a newer key in the
 * same slot pushes the older one out, so what is remembered is bounded (8,192 slots, 64 KiB) and
 * favours what was asked lately. Two keys sharing a fingerprint only make one kept a view too early;
 * a lost race between two requests only makes one kept a view too late. Each instance its own: it
 * decides what this instance's memory keeps, never what a page shows.
 */
final class AskedBefore {

  private final AtomicLongArray slots;
  private final int mask;

  /** A table of at least {@code size} slots: rounded up to a power of two, so a slot is a mask away. */
  AskedBefore(int size) {
    int slotCount = Math.max(2, Integer.highestOneBit(size - 1) << 1);
    slots = new AtomicLongArray(slotCount);
    mask = slotCount - 1;
  }

  int slotCount() {
    return slots.length();
  }

  AskedBefore() {
    this(8192);
  }

  /** Whether {@code key} was asked before (and is remembered still); remembers it from now on either way. */
  boolean ask(String key) {
    long print = fingerprint(key);
    int slot = (int) (print ^ (print >>> 32)) & mask;
    if (slots.get(slot) == print) {
      return true;
    }
    slots.set(slot, print);
    return false;
  }

  /** FNV-1a over the key's chars, never 0 (an empty slot). */
  static long fingerprint(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash == 0 ? 1 : hash;
  }
}
