package coop.fairshare.payment.rest;

import coop.fairshare.shared.Page;
import coop.fairshare.payment.Payee;
import coop.fairshare.payment.PayeeAccount;
import coop.fairshare.payment.PayeeView;
import coop.fairshare.payment.Payees;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where makers and groups are paid, for treasurers' scripts; answered masked, never in full. */
@Path("treasurer/payees")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class PayeeResource {

  /** New details: method BANK (bank, accountNumber, accountName) or PROMPTPAY (promptPayId, accountName optional). */
  public record DetailsRequest(String method, String bank, String accountNumber, String accountName, String promptPayId) {}

  /** A payee's details, masked. */
  public record PayeeJson(String payee, String name, String method, String bank, String masked, String accountName, String updatedBy) {

    static PayeeJson of(PayeeView v) {
      return new PayeeJson(v.payee().key(), v.name(), v.method().name(), v.bank(), v.masked(), v.accountName(), v.updatedBy());
    }
  }

  @EJB
  private Payees payees;

  /** A page of payees with details; {@code more} says whether another page follows. */
  public record PayeePage(List<PayeeJson> payees, int page, int size, boolean more) {}

  @GET
  @Operation(summary = "The payees with details, masked, groups then makers, a page at a time: ?page=0&size=50 (TREASURER, ADMIN)")
  public PayeePage all(@QueryParam("page") String page, @QueryParam("size") String size) {
    Page<PayeeView> found = payees.withDetails((int) RequestFields.number(page, 0, 0, Page.MAX_PAGE), (int) RequestFields.number(size, 50, 1, Page.MAX_SIZE));
    return new PayeePage(found.items().stream().map(PayeeJson::of).toList(), found.page(), found.size(), found.hasNext());
  }

  @GET
  @Path("{payee}")
  public PayeeJson one(@PathParam("payee") String payee) {
    Payee who = Payee.parse(payee);
    return payees.of(who).map(PayeeJson::of).orElseThrow(() -> new NotFound("payee", who.key()));
  }

  @PUT
  @Path("{payee}")
  @Operation(summary = "Writes where a maker (member-<id>) or group (group-<id>) is paid; answers it masked")
  public PayeeJson save(@PathParam("payee") String payee, DetailsRequest request) {
    DetailsRequest d = RequestFields.body(request);
    return PayeeJson.of(payees.save(Payee.parse(payee), PayeeAccount.of(d.method(), d.bank(), d.accountNumber(), d.accountName(), d.promptPayId())));
  }
}
