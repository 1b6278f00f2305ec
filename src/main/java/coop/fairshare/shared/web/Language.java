package coop.fairshare.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The visitor's language: Thai unless she chose English. Kept in a cookie, not the session, so an
 * anonymous visitor has no session at all and any instance of the cluster serves her the same.
 * One for the application: every answer is read from the current request's cookies (which the
 * container parses once per request), so no bean is made for each page.
 */
@Named
@ApplicationScoped
public class Language {

  public static final String COOKIE = "fairshare-lang";
  public static final Locale THAI = Locale.forLanguageTag("th");
  public static final Locale ENGLISH = Locale.ENGLISH;

  public Locale getLocale() {
    return of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public boolean isThai() {
    return "th".equals(getLocale().getLanguage());
  }

  public String getCode() {
    return getLocale().getLanguage();
  }

  /** The address that switches to a language and comes back to this very page. */
  public String switchTo(String language) {
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
    String back = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    if (forwarded == null && request.getQueryString() != null) {
      back += "?" + request.getQueryString();
    }
    return request.getContextPath() + "/language?to=" + ("en".equals(language) ? "en" : "th") + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  /**
   * The language an API caller reads: the first of Thai or English her Accept-Language header
   * names, else the pages' cookie, else Thai (as the pages).
   */
  public static Locale ofCaller(HttpServletRequest request) {
    return request == null ? THAI : fromHeader(request.getHeader("Accept-Language")).orElseGet(() -> of(request));
  }

  static Optional<Locale> fromHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
      return Optional.empty();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String language = range.getRange().split("-", 2)[0];
        if ("th".equals(language)) {
          return Optional.of(THAI);
        }
        if ("en".equals(language)) {
          return Optional.of(ENGLISH);
        }
      }
    } catch (IllegalArgumentException e) {
      // a malformed header asks for nothing in particular
    }
    return Optional.empty();
  }

  /** The locale a request asks for: the cookie if set, otherwise Thai. */
  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
          return ENGLISH;
        }
      }
    }
    return THAI;
  }
}
