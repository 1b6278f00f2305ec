package coop.fairshare.catalog.rest;

import coop.fairshare.catalog.PhotoRefused;
import coop.fairshare.shared.rest.Problem;
import coop.fairshare.shared.web.Texts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A refused photo as a problem detail with the status that says why: too many bytes 413, not a
 * JPEG or PNG 415, anything else about the picture 400, a seventh photo 409. (The general
 * ProblemMapper would answer 409 for every one.)
 */
@Provider
public class PhotoRefusedMapper implements ExceptionMapper<PhotoRefused> {

  @Override
  public Response toResponse(PhotoRefused refused) {
    Response.Status status = switch (refused.reason()) {
      case TOO_MANY_BYTES -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
      case WRONG_TYPE, NOT_AN_IMAGE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
      case EMPTY, TOO_SMALL, TOO_LARGE -> Response.Status.BAD_REQUEST;
      case TOO_MANY_PHOTOS -> Response.Status.CONFLICT;
    };
    return Problem.response(status, refused.messageKey(), Texts.text(Locale.ENGLISH, refused.messageKey(), refused.arguments()));
  }
}
