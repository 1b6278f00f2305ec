package coop.fairshare.savings.rest;

import coop.fairshare.savings.InterestRun;
import coop.fairshare.savings.InterestRuns;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Interest runs for scripts: start one for a product and an ended period, then follow it. */
@Path("savings/interest-runs")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class InterestRunResource {

  public record RunRequest(Long productId, String period) {}

  public record Started(long id) {}

  /** Where a run stands; {@code failure} is the message key when it FAILED. */
  public record RunJson(long id, long productId, String period, String state, int accounts, int done, long postedSatang, int percent, String failure) {

    static RunJson of(InterestRun r) {
      return new RunJson(r.id(), r.productId(), r.period(), r.state().name(), r.accounts(), r.done(), r.posted().satang(), r.percent(), r.failure());
    }
  }

  @EJB
  private InterestRuns runs;

  @POST
  @Operation(summary = "Posts a product's interest for an ended period (\"2026-10\" monthly, \"2026\" yearly) to every account, once per account and period, in the background")
  public Response start(RunRequest request) {
    RunRequest r = RequestFields.body(request);
    long id = runs.start(RequestFields.required(r.productId(), "productId"), RequestFields.required(r.period(), "period"));
    return Response.status(Response.Status.ACCEPTED).entity(new Started(id)).build();
  }

  @GET
  @Path("{id: \\d+}")
  public RunJson run(@PathParam("id") long id) {
    return RunJson.of(runs.run(id));
  }

  @GET
  public List<RunJson> recent() {
    return runs.recent(20).stream().map(RunJson::of).toList();
  }
}
