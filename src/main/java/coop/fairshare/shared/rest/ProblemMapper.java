package coop.fairshare.shared.rest;

import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.DatabaseTrouble;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns every failure into a problem detail; nothing about the inside (stack traces, SQL) leaks out. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context
  private SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = thrown instanceof EJBException && !refused(thrown) && thrown.getCause() != null ? thrown.getCause() : thrown;
    if (e instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.response(status, "http." + status.getStatusCode(), status.getReasonPhrase());
    }
    if (e instanceof NotFound notFound) {
      return Problem.response(Response.Status.NOT_FOUND, notFound.messageKey(), english(notFound));
    }
    if (refused(e) && (security == null || security.getUserPrincipal() == null)) {
      Response unauthorized = Problem.response(Response.Status.UNAUTHORIZED, "error.signInRequired", "Sign in first: send HTTP Basic credentials.");
      return Response.fromResponse(unauthorized).header("WWW-Authenticate", "Basic realm=\"Fairshare\", charset=\"UTF-8\"").build();
    }
    if (refused(e) || e instanceof AccessRefused) {
      return Problem.response(Response.Status.FORBIDDEN, "error.accessRefused", "You may not see or change this.");
    }
    if (e instanceof BadInput bad) {
      return Problem.response(Response.Status.BAD_REQUEST, bad.messageKey(), english(bad));
    }
    if (e instanceof BusinessRuleViolation rule) {
      return Problem.response(Response.Status.CONFLICT, rule.messageKey(), english(rule));
    }
    if (e instanceof ConstraintViolationException invalid) {
      String detail = invalid.getConstraintViolations().stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
      return Problem.response(Response.Status.BAD_REQUEST, "error.invalidInput", detail);
    }
    if (e instanceof jakarta.json.bind.JsonbException || e instanceof jakarta.ws.rs.ProcessingException || e instanceof java.time.DateTimeException) {
      return Problem.response(Response.Status.BAD_REQUEST, "error.invalidInput", "The request body is not valid JSON for this call.");
    }
    if (e instanceof IllegalArgumentException invalid) {
      return Problem.response(Response.Status.BAD_REQUEST, "error.invalidInput", invalid.getMessage());
    }
    if (DatabaseTrouble.of(thrown).isPresent()) {
      // MariaDB down, restarting or a second deadlock in a row: not the caller's fault, and nothing changed
      LOG.log(Level.WARNING, "API answered 503: " + DatabaseTrouble.of(thrown).get());
      Response busy = Problem.response(Response.Status.SERVICE_UNAVAILABLE, "error.busy", Texts.text(Locale.ENGLISH, "error.busy"));
      return Response.fromResponse(busy).header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS).build();
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
    return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "error.unexpected", "Something went wrong on our side. Please try again later.");
  }

  /** The container's refusals of a caller without the role (local EJB calls throw AccessLocalException). */
  private static boolean refused(Throwable e) {
    return e instanceof EJBAccessException || e instanceof AccessLocalException;
  }

  private static String english(BusinessRuleViolation rule) {
    return Texts.text(Locale.ENGLISH, rule.messageKey(), rule.arguments());
  }
}
