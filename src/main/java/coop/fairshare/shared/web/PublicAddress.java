package coop.fairshare.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The shop's public address, for links that leave the site (a shared product's preview, the
 * sitemap, robots.txt): the configured {@code fairshare.public.url} (FAIRSHARE_PUBLIC_URL) when
 * set, which a shop behind a proxy needs, else the address the request came to (scheme, host, port
 * and context path). Always without a trailing slash.
 *
 * <p>The request's Host is the visitor's to choose, so a page naming it must not be kept for
 * others: the anonymous page cache keeps a copy per address ({@link AnonymousPageCache}).
 */
public final class PublicAddress {

  private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());
  /** A host name, an IPv4 address or a bracketed IPv6 one: nothing that could break out of a URL, an attribute or a line. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

  private static volatile Optional<String> configured;

  private PublicAddress() {}

  public static String of(HttpServletRequest request) {
    return configured().orElseGet(() -> derived(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath()));
  }

  /** An absolute URL for a path below the shop's root ("catalog/product.xhtml?id=3"). */
  public static String absolute(HttpServletRequest request, String path) {
    return of(request) + "/" + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** The configured address alone, for links written where there may be no request (an e-mail). */
  public static Optional<String> configuredAddress() {
    return configured();
  }

  static Optional<String> configured() {
    Optional<String> value = configured;
    if (value == null) {
      String setting = ConfigProvider.getConfig().getOptionalValue("fairshare.public.url", String.class).orElse("");
      value = normalised(setting);
      if (!setting.isBlank() && value.isEmpty()) {
        LOG.log(Level.SEVERE, "FAIRSHARE_PUBLIC_URL is not an absolute http(s) address, so links are built from each request instead: {0}", setting);
      }
      configured = value;
    }
    return value;
  }

  /** The configured address as links use it, or empty when it is blank or not an absolute http(s) URL. */
  static Optional<String> normalised(String setting) {
    if (setting == null || setting.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(setting.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        return Optional.empty();
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
      return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The address a request came to; the default port of its scheme is left out. */
  static String derived(String scheme, String host, int port, String contextPath) {
    String safeScheme = "https".equalsIgnoreCase(scheme) ? "https" : "http";
    String safeHost = host == null ? "localhost" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    if (!HOST.matcher(safeHost).matches()) {
      safeHost = "localhost";
    }
    boolean defaultPort = port <= 0 || (safeScheme.equals("http") && port == 80) || (safeScheme.equals("https") && port == 443);
    return safeScheme + "://" + safeHost.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath);
  }
}
