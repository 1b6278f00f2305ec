package coop.fairshare.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A trigram index: a text cut into every run of three characters (code points, so a Thai vowel or
 * tone mark counts as one, as it does in SQL's SUBSTRING), kept in {@code product_search_gram} for
 * the catalog and {@code member_search_gram} for the member register. A typed word can only sit
 * inside a text (anywhere, even in the middle of a Thai compound) if every run of three of its
 * characters is among that text's grams, so the grams narrow a search to the few products or
 * members that may match, and the search's {@code LIKE} confirms on those only. The grams never decide alone: choosing fewer of them only
 * lets more candidates through to the {@code LIKE}.
 */
public final class SearchGrams {

  /** Characters a gram holds. */
  public static final int SIZE = 3;

  /** Grams one search narrows by at most (each is one more join); the LIKE still checks every word whole. */
  public static final int MOST_PER_SEARCH = 8;

  private SearchGrams() {}

  /**
   * The grams of a search text (lower-case words separated by single spaces: a product's
   * {@code Product.searchTextOf}, a member's names): every run of three characters inside one word. A run across a space is never
   * needed, since a typed word holds no space; V29 and the national data set compute the same in SQL.
   */
  public static Set<String> of(String searchText) {
    Set<String> grams = new LinkedHashSet<>();
    if (searchText == null) {
      return grams;
    }
    for (String word : searchText.split(" ")) {
      grams.addAll(runs(word));
    }
    return grams;
  }

  /**
   * The grams a search narrows by, for its typed words (already lower-cased as the search text is).
   * A word of one or two characters has no gram and is found by the LIKE alone, as before: there are
   * few such words a shopper types, and no index of shorter grams would narrow them much. A longer
   * word gives its first and last grams, or its first only when many words share
   * {@link #MOST_PER_SEARCH}. Not the ones between: a word's runs overlap, so a text holding its
   * first and last run rarely lacks them, while each more gram is one more index look-up for every
   * candidate (on the national catalog, 1,308 candidates for น้ำพริก: its five grams cost a search's
   * count 12-19 ms in MariaDB, the first and last 7.5-8.4, with the same products found).
   */
  public static List<String> toFind(List<String> words) {
    List<List<String>> perWord = new ArrayList<>();
    for (String word : words) {
      List<String> runs = runs(word);
      if (!runs.isEmpty()) {
        perWord.add(runs);
      }
    }
    Set<String> chosen = new LinkedHashSet<>();
    if (perWord.isEmpty()) {
      return List.of();
    }
    boolean firstAndLast = MOST_PER_SEARCH / perWord.size() >= 2;
    for (List<String> runs : perWord) {
      chosen.add(runs.get(0));
      if (firstAndLast) {
        chosen.add(runs.get(runs.size() - 1));
      }
    }
    return chosen.stream().limit(MOST_PER_SEARCH).toList();
  }

  /** Every run of {@link #SIZE} code points in a word without spaces, in order (repeats kept once). */
  private static List<String> runs(String word) {
    int[] points = word.codePoints().toArray();
    Set<String> runs = new LinkedHashSet<>();
    for (int start = 0; start + SIZE <= points.length; start++) {
      String run = new String(points, start, SIZE);
      if (run.indexOf(' ') < 0) {
        runs.add(run);
      }
    }
    return new ArrayList<>(runs);
  }
}
