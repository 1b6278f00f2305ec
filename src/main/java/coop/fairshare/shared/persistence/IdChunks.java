package coop.fairshare.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Ids to look up, cut into lists of at most a thousand, each once and in order: an {@code IN} list
 * stays a size the database plans well, however many a report names.
 */
public final class IdChunks {

  /** How many ids one query names at most. */
  public static final int SIZE = 1_000;

  private IdChunks() {}

  public static <K extends Comparable<K>> List<List<K>> of(Collection<K> ids) {
    List<K> all = List.copyOf(new TreeSet<>(ids));
    List<List<K>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
    }
    return chunks;
  }
}
