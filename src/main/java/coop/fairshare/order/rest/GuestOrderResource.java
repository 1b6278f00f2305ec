package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Orders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.StripeIntent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
    return OrderJson.of(orders.byToken(number, token), orders);
  }

  /** What a script needs to pay through Stripe: the card form's client secret, or Stripe's PromptPay QR. */
  public record StripePaymentJson(String intentId, String status, long amountSatang, String clientSecret, String promptPayQr) {
    static StripePaymentJson of(StripeIntent intent) {
      return new StripePaymentJson(intent.id(), intent.status(), intent.amount().satang(), intent.clientSecret(), intent.promptPayQr());
    }
  }

  /** A slip as the API shows it: where it stands and, if rejected, why. */
  public record SlipJson(long id, String state, String reason, long amountSatang) {
    static SlipJson of(PaymentSlip slip) {
      return new SlipJson(slip.id(), slip.state(), slip.reason(), slip.amount().satang());
    }
  }

  @POST
  @Path("{number}/slip")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Send the slip of a transfer (JPEG, PNG or PDF, at most 5 MB) for an order that waits for the cooperative's QR or a bank transfer")
  public Response sendSlip(@PathParam("number") String number, @QueryParam("token") String token, byte[] file) {
    return Response.status(Response.Status.CREATED).entity(SlipJson.of(orders.sendSlip(number, token, file))).build();
  }

  @POST
  @Path("{number}/cancel")
  @Operation(summary = "Call off a guest's order that still waits for its payment; its stock goes back on sale")
  public OrderJson cancel(@PathParam("number") String number, @QueryParam("token") String token) {
    return OrderJson.of(orders.cancelByToken(number, token), orders);
  }

  @POST
  @Path("{number}/stripe-payment")
  @Operation(summary = "Start (or find) the Stripe payment of an order that waits for a card or Stripe PromptPay payment")
  public StripePaymentJson stripePayment(@PathParam("number") String number, @QueryParam("token") String token) {
    return StripePaymentJson.of(orders.stripeIntent(number, token));
  }
}
