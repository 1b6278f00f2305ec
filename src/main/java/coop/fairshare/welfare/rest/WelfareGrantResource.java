package coop.fairshare.welfare.rest;

import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.welfare.WelfareGrant;
import coop.fairshare.welfare.WelfareGrants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Grants to the welfare fund for scripts: recorded by a treasurer, each posted once under its reference. */
@Path("welfare/grants")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class WelfareGrantResource {

  public record GrantRequest(String grantor, String amount, String receivedOn, String reference, String method) {}

  public record GrantJson(long id, String grantor, long amountSatang, LocalDate receivedOn, String reference, String method, Long journalEntryId, String recordedBy) {}

  @EJB
  private WelfareGrants grants;

  @POST
  @Operation(summary = "Records a grant (amount in baht, e.g. \"50000.00\"; received today when left out; TRANSFER unless CASH) and posts it to the welfare fund 3100")
  public Response record(GrantRequest request) {
    GrantRequest r = RequestFields.body(request);
    MoneyMethod method = r.method() == null || r.method().isBlank() ? MoneyMethod.TRANSFER : RequestFields.oneOf(MoneyMethod.class, r.method(), "method");
    LocalDate on = RequestFields.date(r.receivedOn(), "receivedOn");
    WelfareGrant grant = grants.record(r.grantor(), RequestFields.baht(r.amount(), "amount"), on == null ? coop.fairshare.shared.CoopTime.today() : on, r.reference(), method);
    return Response.status(Response.Status.CREATED).entity(json(grant)).build();
  }

  @GET
  @Operation(summary = "Every grant, the latest received first")
  public List<GrantJson> list() {
    return grants.grants().stream().map(WelfareGrantResource::json).toList();
  }

  private static GrantJson json(WelfareGrant g) {
    return new GrantJson(g.id(), g.grantor(), g.amount().satang(), g.receivedOn(), g.reference(), g.method().name(), g.journalEntryId(), g.createdBy());
  }
}
