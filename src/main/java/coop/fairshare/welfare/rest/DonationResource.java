package coop.fairshare.welfare.rest;

import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.StripeIntent;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.welfare.Donation;
import coop.fairshare.welfare.Donations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Gifts to the welfare fund for scripts: anyone gives and pays through Stripe; treasurers list what
 * arrived. The public methods carry no security annotation (as the guest's order resource): the
 * service decides, and an annotated method would make Payara ask an anonymous giver to sign in.
 */
@Path("welfare/donations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class DonationResource {

  /** An amount in baht ("500.00"), a name or none (anonymous), the e-mail for the receipt, a message, CARD or STRIPE_PROMPTPAY. */
  public record DonationRequest(String amount, String donorName, String email, String message, String method) {}

  /** The cooperative's own QR for a gift: the EMVCo text to draw, and the amount it carries. */
  public record PromptPayJson(String payload, long amountSatang) {}

  /** A gift as its donor sees it; the token only in the answer to the one who gave it; the QR while it waits for one. */
  public record DonationJson(String reference, String accessToken, String state, long amountSatang, String method, String donorName, String message, String receiptNo,
      Instant receivedAt, PromptPayJson promptPay) {
    static DonationJson of(Donation d, boolean withToken, Donations donations) {
      return new DonationJson(d.reference(), withToken ? d.accessToken() : null, d.state().name(), d.amount().satang(), d.method().name(), d.donorName().orElse(null),
          d.message().orElse(null), d.receiptNo().orElse(null), d.receivedAt().orElse(null),
          donations.promptPayQr(d).map(q -> new PromptPayJson(q.payload(), d.amount().satang())).orElse(null));
    }
  }

  /** A slip as the donor and the treasurer see it: where it stands and, if rejected, why. */
  public record SlipJson(long id, String reference, String state, String reason, long amountSatang) {
    static SlipJson of(PaymentSlip slip) {
      return new SlipJson(slip.id(), slip.reference(), slip.state(), slip.reason(), slip.amount().satang());
    }
  }

  /** Why a slip does not match the statement. */
  public record Rejection(String reason) {}

  /** What a script needs to pay through Stripe: the card form's client secret, or Stripe's PromptPay QR. */
  public record StripePaymentJson(String intentId, String status, long amountSatang, String clientSecret, String promptPayQr) {
    static StripePaymentJson of(StripeIntent intent) {
      return new StripePaymentJson(intent.id(), intent.status(), intent.amount().satang(), intent.clientSecret(), intent.promptPayQr());
    }
  }

  /** A received gift as the treasurer's list shows it. */
  public record ReceivedJson(String receiptNo, String reference, long amountSatang, String donorName, String email, String message, String method, Instant receivedAt,
      Long journalEntryId) {}

  @EJB
  private Donations donations;

  @POST
  @Operation(summary = "A gift to the welfare fund (anyone): answers its reference and the secret token of its receipt link; pay it through stripe-payment")
  public Response give(DonationRequest request) {
    DonationRequest r = RequestFields.body(request);
    Money amount = RequestFields.baht(r.amount(), "amount");
    PaymentMethod method = RequestFields.oneOf(PaymentMethod.class, RequestFields.required(r.method(), "method"), "method");
    Donation d = donations.pledge(amount, r.donorName(), r.email(), r.message(), method);
    return Response.status(Response.Status.CREATED).entity(DonationJson.of(d, true, donations)).build();
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "A gift by its secret token: waiting for its payment, or received with its receipt number")
  public DonationJson one(@PathParam("reference") String reference, @QueryParam("token") String token) {
    return DonationJson.of(donations.byToken(reference, token), false, donations);
  }

  @POST
  @Path("{reference}/stripe-payment")
  @Operation(summary = "Start (or find) the Stripe payment of a gift that waits for its money")
  public StripePaymentJson stripePayment(@PathParam("reference") String reference, @QueryParam("token") String token) {
    return StripePaymentJson.of(donations.stripeIntent(reference, token).orElseThrow(() -> new BusinessRuleViolation("welfare.donation.received")));
  }

  @POST
  @Path("{reference}/slip")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Send the slip of a transfer to the cooperative's PromptPay QR (JPEG, PNG or PDF, at most 5 MB) for a gift that waits for it")
  public Response sendSlip(@PathParam("reference") String reference, @QueryParam("token") String token, byte[] file) {
    return Response.status(Response.Status.CREATED).entity(SlipJson.of(donations.sendSlip(reference, token, file))).build();
  }

  @GET
  @Path("slips")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "The donors' slips waiting for a treasurer to match them with the statement")
  public List<SlipJson> waitingSlips() {
    return donations.waitingSlips().stream().map(SlipJson::of).toList();
  }

  @POST
  @Path("slips/{id}/confirmation")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "The slip's money is on the statement: the gift is received into the fund, once, with its receipt number")
  public DonationJson confirmSlip(@PathParam("id") long id) {
    return DonationJson.of(donations.confirmSlip(id), false, donations);
  }

  @POST
  @Path("slips/{id}/rejection")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "The slip does not match the statement: rejected with a reason the donor reads")
  public DonationJson rejectSlip(@PathParam("id") long id, Rejection rejection) {
    return DonationJson.of(donations.rejectSlip(id, rejection == null ? null : rejection.reason()), false, donations);
  }

  @GET
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "The gifts received, newest first (at most 500)")
  public List<ReceivedJson> received(@QueryParam("limit") String limit) {
    return donations.received((int) RequestFields.number(limit, 100, 1, 500)).stream().map(d -> new ReceivedJson(d.receiptNo().orElse(null), d.reference(),
        d.amount().satang(), d.donorName().orElse(null), d.email(), d.message().orElse(null), d.method().name(), d.receivedAt().orElse(null),
        d.journalEntryId().orElse(null))).toList();
  }
}
