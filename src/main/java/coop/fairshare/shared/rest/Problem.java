package coop.fairshare.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error the API returns. {@code field} names the
 * field of the request at fault when the refusal names one (left out otherwise).
 */
public record Problem(String type, String title, int status, String detail, String code, String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(Response.Status status, String code, String detail) {
    return response(status, code, detail, null);
  }

  public static Response response(Response.Status status, String code, String detail, String field) {
    Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, code, field);
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
  }
}
