package coop.fairshare.order.rest;

import coop.fairshare.order.Orders;
import coop.fairshare.payment.PaymentSlips;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Slips waiting for a treasurer: confirmed against the statement (the order is paid) or rejected with a reason. */
@Path("treasurer/slips")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class SlipResource {

  /** A waiting slip and the order it pays. */
  public record WaitingSlipJson(long id, String orderNumber, long amountSatang, String contentType, long sizeBytes) {}

  /** Why a slip is not accepted; the shopper reads it. */
  public record Rejection(String reason) {}

  @EJB
  private PaymentSlips slips;

  @EJB
  private Orders orders;

  @GET
  @Operation(summary = "Slips waiting to be matched with the bank statement, oldest first")
  public List<WaitingSlipJson> waiting() {
    return slips.waiting().stream().filter(s -> s.reference().startsWith(coop.fairshare.order.OrderNumbers.PREFIX)).map(s -> new WaitingSlipJson(s.id(), s.reference(), s.amount().satang(), s.contentType(), s.sizeBytes())).toList();
  }

  @POST
  @Path("{id}/confirmation")
  @Operation(summary = "The slip's money is on the statement: the order is paid")
  public OrderJson confirm(@PathParam("id") long id) {
    return OrderJson.of(orders.confirmSlip(id).order(), orders);
  }

  @POST
  @Path("{id}/rejection")
  @Operation(summary = "The slip does not match the statement: rejected with a reason the shopper reads")
  public OrderJson reject(@PathParam("id") long id, Rejection rejection) {
    return OrderJson.of(orders.rejectSlip(id, RequestFields.body(rejection).reason()), orders);
  }
}
