package coop.fairshare.shared.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Honours {@code @RolesAllowed} on a resource method (or its class) before the body is read: a
 * caller without the role learns nothing about what the body should look like. The services still
 * decide who may do what; this only answers first.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 1) // before Payara's own @RolesAllowed filter, whose bare 403 carries no code and is 403 even for anonymous callers
public class RoleCheck implements ContainerRequestFilter {

  @Context
  private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
        : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      return;
    }
    SecurityContext caller = request.getSecurityContext();
    if (caller == null || caller.getUserPrincipal() == null) {
      Response unauthorized = Problem.response(Response.Status.UNAUTHORIZED, "error.signInRequired", "Sign in first: send HTTP Basic credentials.");
      request.abortWith(Response.fromResponse(unauthorized).header("WWW-Authenticate", "Basic realm=\"Fairshare\", charset=\"UTF-8\"").build());
    } else if (Arrays.stream(allowed.value()).noneMatch(caller::isUserInRole)) {
      request.abortWith(Problem.response(Response.Status.FORBIDDEN, "error.accessRefused", "You may not see or change this."));
    }
  }
}
