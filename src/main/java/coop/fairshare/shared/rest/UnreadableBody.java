package coop.fairshare.shared.rest;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.web.RequestSizeLimit;
import coop.fairshare.shared.web.Texts;
import jakarta.ws.rs.ProcessingException;
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

  @Override
  public Response toResponse(ProcessingException thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadInput bad) {
        return Problem.response(Response.Status.BAD_REQUEST, bad.messageKey(), Texts.text(Locale.ENGLISH, bad.messageKey(), bad.arguments()));
      }
      if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, RequestSizeLimit.KEY, Texts.text(Locale.ENGLISH, RequestSizeLimit.KEY, tooLarge.limitKb()));
      }
    }
    return Problem.response(Response.Status.BAD_REQUEST, "error.invalidInput", "The request body is not valid JSON for this call.");
  }
}
