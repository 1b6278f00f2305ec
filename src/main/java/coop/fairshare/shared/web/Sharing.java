package coop.fairshare.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import coop.fairshare.shared.Jsons;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * What a page says of itself to search engines and to apps that preview a shared link (LINE,
 * Facebook): a short description, absolute addresses and the Open Graph locale. Nothing here
 * depends on the visitor beyond the page's language and the address she came to, so anonymous
 * pages stay cacheable.
 */
@Named
@RequestScoped
public class Sharing {

  /** Search engines show about this much of a description. */
  public static final int DESCRIPTION_LENGTH = 160;

  @Inject
  private Language language;

  public String getBase() {
    return PublicAddress.of(request());
  }

  /** An absolute URL for a path below the shop's root. */
  public String absolute(String path) {
    return PublicAddress.absolute(request(), path);
  }

  /** A text cut to a description's length, on a word boundary (Thai words too). */
  public String summary(String text) {
    return summary(text, language.getLocale(), DESCRIPTION_LENGTH);
  }

  /** Open Graph's name for the page's language. */
  public String getOgLocale() {
    return language.isThai() ? "th_TH" : "en_US";
  }

  public String getOgAlternateLocale() {
    return language.isThai() ? "en_US" : "th_TH";
  }

  /** The text on one line, at most {@code max} characters, ending in "…" when cut. */
  public static String summary(String text, Locale locale, int max) {
    if (text == null) {
      return "";
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= max) {
      return line;
    }
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(line);
    int cut = words.preceding(max); // the last word boundary that leaves room for the ellipsis
    if (cut <= max / 2) {
      cut = max - 1; // one endless word: cut it
    }
    return line.substring(0, cut).strip() + "…";
  }

  /**
   * JSON to put inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are written as
   * Unicode escapes, so no text in it ({@code </script>}, {@code <!--}) can end the element early;
   * the line and paragraph separators too, which older JavaScript parsers take for line ends.
   * These characters occur in JSON only inside strings, where the escapes mean the same.
   */
  public static String jsonForScript(JsonStructure json) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Jsons.writer(out)) {
      writer.write(json);
    }
    return escapeForScript(out.toString());
  }

  static String escapeForScript(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
