package coop.fairshare.shared.web;

/**
 * A request-scoped page's {@link DataKey}, worked out once for the values it shows. Faces asks a kept
 * part for its key and whether to keep it up to three times a view (before drawing, visiting, drawing),
 * and each asking digested every row again: a tenth of the treasurer's landing page's CPU at national
 * scale. Asked with the very same values (the page's own once-a-request reads, compared by identity) it
 * gives the key back; any value read anew works it out afresh. So a page passes what it read and never
 * changes it in place once its key was asked for (a page re-reads after an action, it does not edit).
 */
public final class ShownKey {

  private Object[] values;
  private String key;

  /** The key of {@code values}, as {@link DataKey#of} gives it. */
  public String of(Object... values) {
    if (key == null || !sameAs(values)) {
      key = DataKey.of(values);
      this.values = values.clone();
    }
    return key;
  }

  private boolean sameAs(Object[] asked) {
    if (asked.length != values.length) {
      return false;
    }
    for (int i = 0; i < asked.length; i++) {
      if (asked[i] != values[i]) {
        return false;
      }
    }
    return true;
  }
}
