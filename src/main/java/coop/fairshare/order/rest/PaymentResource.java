package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The treasurer's side of orders: confirming bank transfers and refunding. */
@Path("treasurer/orders")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class PaymentResource {

  /** The reference of the transfer on the bank statement. */
  public record TransferReceived(String reference) {}

  /** Why the money goes back. */
  public record RefundRequest(String reason) {}

  @EJB
  private Orders orders;

  @POST
  @Path("{number}/payment")
  @Operation(summary = "A bank transfer arrived: the order is paid and each line's split posted, once")
  public OrderJson paid(@PathParam("number") String number, TransferReceived transfer) {
    return OrderJson.of(orders.confirmPayment(number, transfer == null ? null : transfer.reference()), orders::splitOf);
  }

  @POST
  @Path("{number}/refund")
  @Operation(summary = "Give a paid order's money back: postings reversed, unshipped goods back on the shelf")
  public OrderJson refund(@PathParam("number") String number, RefundRequest request) {
    return OrderJson.of(orders.refund(number, request == null ? null : request.reason()), orders::splitOf);
  }
}
