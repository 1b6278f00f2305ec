package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
import coop.fairshare.order.ShopOrder;
import coop.fairshare.shared.rest.RequestFields;
import java.util.List;
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

  /** Units of one line to give back. */
  public record RefundLineRequest(Integer lineNo, Integer units) {}

  /** Why the money goes back, and for what: the lines and units given, or (none given) the whole order with its shipping. */
  public record RefundRequest(String reason, List<RefundLineRequest> lines) {}

  @EJB
  private Orders orders;

  @POST
  @Path("{number}/payment")
  @Operation(summary = "A bank transfer arrived: the order is paid and each line's split posted, once")
  public OrderJson paid(@PathParam("number") String number, TransferReceived transfer) {
    return OrderJson.of(orders.confirmPayment(number, transfer == null ? null : transfer.reference()), orders);
  }

  @POST
  @Path("{number}/refund")
  @Operation(summary = "Give money back for a paid order, whole or chosen lines and units: the refunded part of each line's split taken back, "
      + "card money back through Stripe, unshipped goods back on the shelf")
  public OrderJson refund(@PathParam("number") String number, RefundRequest request) {
    RefundRequest body = RequestFields.body(request);
    if (body.lines() == null || body.lines().isEmpty()) {
      return OrderJson.of(orders.refund(number, body.reason()), orders);
    }
    List<ShopOrder.RefundLine> lines = RequestFields.elements(body.lines(), "lines").stream()
        .map(l -> new ShopOrder.RefundLine(RequestFields.required(l.lineNo(), "lines[].lineNo"), RequestFields.required(l.units(), "lines[].units"))).toList();
    return OrderJson.of(orders.refund(number, lines, false, body.reason()), orders);
  }
}
