package coop.fairshare.shared.rest;

import coop.fairshare.shared.web.SameOrigin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * The API takes the browser's session cookie too, so a page on another site could otherwise make a
 * signed-in shopper's browser cancel her order or a treasurer's close a month. Every state change
 * must come from our own origin or from a script (see {@link SameOrigin}); reads are not guarded.
 */
@Provider
@PreMatching
public class CrossSiteGuard implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context
  private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (!SAFE.contains(context.getMethod()) && !SameOrigin.permits(request)) {
      context.abortWith(Problem.response(Response.Status.FORBIDDEN, "error.crossSite", "Refused: this change was not sent from Fairshare's own pages."));
    }
  }
}
