package coop.fairshare.savings.rest;

import coop.fairshare.savings.SavingsCount;
import coop.fairshare.savings.SavingsCounts;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Savings counts for scripts: start one, follow it; the totals it kept are on the totals page. */
@Path("savings/counts")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class SavingsCountResource {

  /** A count and where it stands; its figures are final once it is DONE. */
  public record CountJson(long id, String state, int percent, int groups, int groupsCounted, int accounts, long balanceSatang, int groupsListed,
      String startedBy) {

    static CountJson of(SavingsCount c) {
      return new CountJson(c.id(), c.state().name(), c.percent(), c.groups(), c.groupsCounted(), c.accounts(), c.balance().satang(), c.groupsListed(),
          c.startedBy());
    }
  }

  @EJB
  private SavingsCounts counts;

  @Context
  private UriInfo uri;

  @POST
  @Operation(summary = "Starts counting the members' savings per group and product in the background (202, Location of the count); while one runs, answers that one")
  public Response start() {
    SavingsCount count = counts.start();
    return Response.accepted(CountJson.of(count)).location(uri.getBaseUriBuilder().path(SavingsCountResource.class).path("{id}").build(count.id())).build();
  }

  @GET
  @Path("latest")
  @Operation(summary = "The newest count, running or done")
  public CountJson latest() {
    return CountJson.of(counts.latest().orElseThrow(() -> new NotFound("savingsCount", "latest")));
  }

  @GET
  @Path("{id: \\d+}")
  public CountJson count(@PathParam("id") long id) {
    return CountJson.of(counts.run(id));
  }
}
