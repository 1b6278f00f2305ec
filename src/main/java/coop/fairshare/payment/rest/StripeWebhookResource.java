package coop.fairshare.payment.rest;

import coop.fairshare.payment.StripeWebhook;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where Stripe tells the shop what happened to its payments, refunds and payouts. Trusted only with
 * Stripe's signature (a bad or missing one answers 400 and changes nothing); each event applied once.
 */
@Path("stripe/webhook")
@PermitAll
@RequestScoped
@RetriedOnDeadlock
public class StripeWebhookResource {

  @EJB
  private StripeWebhook webhook;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stripe's webhook: payments, refunds and payouts (signed by Stripe)")
  public Map<String, String> receive(@HeaderParam("Stripe-Signature") String signature, String payload) {
    return Map.of("received", webhook.receive(payload, signature));
  }
}
