package coop.fairshare.shared;

import java.util.Locale;

/** Picks the Thai or English form of a text; Thai is the default, English is the fallback's fallback. */
public final class Bilingual {

  private Bilingual() {}

  public static String pick(Locale locale, String thai, String english) {
    boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
    if (wantsEnglish) {
      return english == null || english.isBlank() ? thai : english;
    }
    return thai == null || thai.isBlank() ? english : thai;
  }

  /** Rejects blank text and text longer than the column holds. */
  public static String require(String value, int maxLength, String field) {
    if (value == null || value.isBlank()) {
      throw new BadInput("text.required", new TextKey("field." + field)).on(field);
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new BadInput("text.tooLong", new TextKey("field." + field), maxLength).on(field);
    }
    return trimmed;
  }
}
