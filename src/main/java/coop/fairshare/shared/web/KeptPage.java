package coop.fairshare.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A signed-in page that is kept whole, as drawn, under a key of everything it shows
 * ({@link KeptPages}): the page's backing bean says which view it backs ({@link View}) and gives the
 * key of its figures before anything is drawn: before Faces starts when the page has no view
 * metadata (its bean reads the address itself, as the sales and the journal do), else once its view
 * parameters are set. Two views with the same key must draw the same page but for the parts the
 * template marks as one person's ({@link PersonalParts}), so the key is a {@link DataKey} of every
 * value the page shows outside them (a filter it refused too), and any Faces form on it is in a
 * stateless view (a kept page carries no view state).
 */
public interface KeptPage {

  /**
   * The key of what the page shows for the request it is serving; reads what the page would read.
   * Null when this view is not to be kept (it is then drawn as always).
   */
  String pageKey();

  /**
   * Whether the address names anything this person may see (an order page's number, say): a view
   * without metadata has no view action to answer "not found", so {@link KeptPages} asks this before
   * Faces starts, for anyone, signed in or not, and for a post once its view is restored, and answers
   * 404 when it is not. Views with metadata answer for themselves.
   */
  default boolean isFound() {
    return true;
  }

  /** The view this bean backs, as its address: {@code /producer/sales.xhtml}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface View {
    String value();
  }
}
