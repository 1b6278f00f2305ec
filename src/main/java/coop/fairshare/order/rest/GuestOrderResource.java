package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A guest's order, reached by the secret token her checkout gave her. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class GuestOrderResource {

  @EJB
  private Orders orders;

  @GET
  @Path("{number}")
  @Operation(summary = "A guest's order, by the token given at checkout")
  public OrderJson guestOrder(@PathParam("number") String number, @QueryParam("token") String token) {
    return OrderJson.of(orders.byToken(number, token), orders::splitOf);
  }
}
