package coop.fairshare.shared.rest;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.web.RequestSizeLimit;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A body that could not be read: JSON-B wraps what our readers refused (a number that does not
 * fit) and a body cut off at the size limit, so the cause is looked for and answered with its own
 * key; anything else is simply not valid JSON for the call. Never the library's text.
 */
@Provider
public class UnreadableBody implements ExceptionMapper<ProcessingException> {

  @Context
  private HttpServletRequest request;

  @Override
  public Response toResponse(ProcessingException thrown) {
    Locale locale = Language.ofCaller(request);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadInput bad) {
        return Problem.response(Response.Status.BAD_REQUEST, bad.messageKey(), Texts.text(locale, bad.messageKey(), bad.arguments()));
      }
      if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, RequestSizeLimit.KEY, Texts.text(locale, RequestSizeLimit.KEY, tooLarge.limitKb()));
      }
    }
    return Problem.response(Response.Status.BAD_REQUEST, "error.invalidJson", Texts.text(locale, "error.invalidJson"));
  }
}
