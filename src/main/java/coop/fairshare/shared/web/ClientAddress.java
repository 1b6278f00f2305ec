package coop.fairshare.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a visitor came from, as sign-in slowing counts it. Behind a load balancer every
 * request comes from the balancer, so for the proxies named in {@code fairshare.trustedProxies}
 * (FAIRSHARE_TRUSTED_PROXIES, a comma-separated list of addresses) the address is the last one in
 * {@code X-Forwarded-For}: the one the proxy itself saw connecting. Anything before it was sent by
 * the visitor and may be made up; from anyone not trusted the header is ignored.
 */
public final class ClientAddress {

  private static volatile Set<String> trusted;

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trustedProxies());
  }

  static String of(String remote, List<String> forwardedFor, Set<String> trustedProxies) {
    if (remote == null || !trustedProxies.contains(remote) || forwardedFor.isEmpty()) {
      return remote;
    }
    // several headers count as one list, in order; the proxy appended its own finding last
    String[] hops = String.join(",", forwardedFor).split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() || last.length() > 45 ? remote : last;
  }

  private static Set<String> trustedProxies() {
    Set<String> known = trusted;
    if (known == null) {
      String setting = ConfigProvider.getConfig().getOptionalValue("fairshare.trustedProxies", String.class).orElse("");
      known = Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
      trusted = known;
    }
    return known;
  }
}
