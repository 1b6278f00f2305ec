package coop.fairshare.member.rest;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The producer-group directory as JSON, a page at a time: a national network's ten thousand groups
 * are not one answer. The list stays a plain array; the next page is named in a {@code Link} header
 * (RFC 8288, rel="next") while there is one, so a client of 25 groups reads one page as before.
 */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class GroupResource {

  static final int DEFAULT_SIZE = Page.MAX_SIZE;

  @EJB
  private GroupDirectory directory;

  @Context
  private UriInfo uri;

  @GET
  @Operation(summary = "Producer groups, region by region, a page at a time: ?page=0&size=200; the next page in the Link header (rel=\"next\")")
  public Response page(@QueryParam("page") String page, @QueryParam("size") String size) {
    Page<ProducerGroup> found = directory.groupsPage((int) RequestFields.number(page, 0, 0, Page.MAX_PAGE), (int) RequestFields.number(size, DEFAULT_SIZE, 1, Page.MAX_SIZE));
    Response.ResponseBuilder answer = Response.ok(found.items().stream().map(GroupJson::of).toList());
    if (found.hasNext()) {
      // a path without host: behind the load balancer the host this instance was asked by is not the shopper's
      answer.link(URI.create(uri.getRequestUri().getRawPath() + "?page=" + (found.page() + 1) + "&size=" + found.size()), "next");
    }
    return answer.build();
  }
}
