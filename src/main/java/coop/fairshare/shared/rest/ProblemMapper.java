package coop.fairshare.shared.rest;

import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.DatabaseTrouble;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns every failure into a problem detail: {@code code} is the stable message key, {@code detail}
 * its text in the caller's language (Accept-Language, else the pages' language cookie, else Thai).
 * Nothing about the inside (stack traces, SQL, a library's or the JDK's message text) leaks out.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /** HTTP statuses that have their own words in the bundles; any other is told by its class (4xx, 5xx). */
  private static final List<Integer> WORDED = List.of(400, 401, 403, 404, 405, 406, 409, 413, 415);

  @Context
  private SecurityContext security;

  @Context
  private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = Language.ofCaller(request);
    Throwable e = thrown instanceof EJBException && !refused(thrown) && thrown.getCause() != null ? thrown.getCause() : thrown;
    if (e instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      String key = "http." + (WORDED.contains(status.getStatusCode()) ? status.getStatusCode() : status.getFamily() == Response.Status.Family.SERVER_ERROR ? 500 : 400);
      return Problem.response(status, key, Texts.text(locale, key));
    }
    if (e instanceof NotFound notFound) {
      return Problem.response(Response.Status.NOT_FOUND, notFound.messageKey(), text(locale, notFound));
    }
    if (refused(e) && (security == null || security.getUserPrincipal() == null)) {
      Response unauthorized = Problem.response(Response.Status.UNAUTHORIZED, "error.signInRequired", Texts.text(locale, "error.signInRequired"));
      return Response.fromResponse(unauthorized).header("WWW-Authenticate", "Basic realm=\"Fairshare\", charset=\"UTF-8\"").build();
    }
    if (refused(e) || e instanceof AccessRefused) {
      return Problem.response(Response.Status.FORBIDDEN, "error.accessRefused", Texts.text(locale, "error.accessRefused"));
    }
    if (e instanceof BadInput bad) {
      return Problem.response(Response.Status.BAD_REQUEST, bad.messageKey(), text(locale, bad), bad.field().orElse(null));
    }
    if (e instanceof BusinessRuleViolation rule) {
      return Problem.response(Response.Status.CONFLICT, rule.messageKey(), text(locale, rule), rule.field().orElse(null));
    }
    if (e instanceof ConstraintViolationException invalid) {
      // the constraints' messages are bundle keys ("{registration.email.invalid}"): the first names the problem
      List<String> keys = invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessageTemplate)
          .map(ProblemMapper::bundleKey).sorted().distinct().toList();
      String code = keys.isEmpty() ? "error.invalidInput" : keys.get(0);
      String detail = keys.isEmpty() ? Texts.text(locale, code) : keys.stream().map(k -> Texts.text(locale, k)).collect(Collectors.joining("; "));
      return Problem.response(Response.Status.BAD_REQUEST, code, detail);
    }
    if (e instanceof jakarta.json.bind.JsonbException || e instanceof jakarta.ws.rs.ProcessingException || e instanceof java.time.DateTimeException) {
      return Problem.response(Response.Status.BAD_REQUEST, "error.invalidJson", Texts.text(locale, "error.invalidJson"));
    }
    if (e instanceof IllegalArgumentException) {
      // every refusal a user can cause is keyed; this is a library's or the JDK's complaint about the input, never shown
      LOG.log(Level.FINE, "Unkeyed bad input in the API", thrown);
      return Problem.response(Response.Status.BAD_REQUEST, "error.invalidInput", Texts.text(locale, "error.invalidInput"));
    }
    if (DatabaseTrouble.of(thrown).isPresent()) {
      // MariaDB down, restarting or a second deadlock in a row: not the caller's fault, and nothing changed
      LOG.log(Level.WARNING, "API answered 503: " + DatabaseTrouble.of(thrown).get());
      Response busy = Problem.response(Response.Status.SERVICE_UNAVAILABLE, "error.busy", Texts.text(locale, "error.busy"));
      return Response.fromResponse(busy).header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS).build();
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
    return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "error.unexpected", Texts.text(locale, "error.unexpected"));
  }

  /** The container's refusals of a caller without the role (local EJB calls throw AccessLocalException). */
  private static boolean refused(Throwable e) {
    return e instanceof EJBAccessException || e instanceof AccessLocalException;
  }

  private static String text(Locale locale, BusinessRuleViolation rule) {
    return Texts.text(locale, rule.messageKey(), rule.arguments());
  }

  /** "{registration.email.invalid}" → its key; a built-in constraint's template → the generic key. */
  private static String bundleKey(String template) {
    boolean ours = template != null && template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.") && !template.startsWith("{org.");
    return ours ? template.substring(1, template.length() - 1) : "error.invalidInput";
  }
}
