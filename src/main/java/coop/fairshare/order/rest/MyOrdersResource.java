package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
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

/** A signed-in shopper's own orders, and cancelling an unpaid one. */
@Path("my/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class MyOrdersResource {

  @EJB
  private Orders orders;

  @GET
  @Operation(summary = "The signed-in shopper's orders")
  public List<OrderJson> mine() {
    return orders.mine().stream().map(o -> OrderJson.of(o, orders)).toList();
  }

  @GET
  @Path("{number}")
  @Operation(summary = "One of the signed-in shopper's orders; anyone else's is not found")
  public OrderJson mine(@PathParam("number") String number) {
    return OrderJson.of(orders.mine(number), orders);
  }

  @POST
  @Path("{number}/cancel")
  @Operation(summary = "Cancel one's own unpaid order; its stock goes back on sale")
  public OrderJson cancel(@PathParam("number") String number) {
    return OrderJson.of(orders.cancel(number), orders);
  }
}
