package coop.fairshare.shared;

import java.io.Serializable;
import java.util.Locale;

/** A name in Thai and English, passed into a message so it is shown in the reader's language. */
public record Named(String th, String en) implements Serializable {

  public String in(Locale locale) {
    return Bilingual.pick(locale, th, en);
  }

  @Override
  public String toString() {
    return th;
  }
}
