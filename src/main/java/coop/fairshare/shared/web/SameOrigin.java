package coop.fairshare.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The one rule for "did this state-changing request come from one of our own pages?", used by the
 * plain form posts ({@code /cart/add}) and by the API. A browser sends {@code Origin} with every
 * cross-site POST (and {@code Referer} unless told not to), so a request naming another site is
 * refused. A request naming none comes from a script: it is allowed with HTTP Basic or with no
 * session at all, never on the strength of a session cookie alone.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean permits(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    return permits(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"), request.getRequestedSessionId() != null, basic);
  }

  static boolean permits(String origin, String referer, String host, boolean sessionCookie, boolean basic) {
    String from = origin != null ? origin : referer;
    if (from == null) {
      return basic || !sessionCookie;
    }
    return sameAuthority(from, host);
  }

  /** Origin "null" (a sandboxed frame, a file) and anything unparsable are another site. */
  static boolean sameAuthority(String from, String host) {
    if (host == null || host.isBlank() || from.isBlank() || from.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(from.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return false;
      }
      return withoutDefaultPort(uri.getRawAuthority(), scheme).equals(withoutDefaultPort(host.strip(), scheme));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String withoutDefaultPort(String authority, String scheme) {
    String a = authority.toLowerCase(Locale.ROOT);
    String defaultPort = scheme.equals("https") ? ":443" : ":80";
    return a.endsWith(defaultPort) ? a.substring(0, a.length() - defaultPort.length()) : a;
  }
}
