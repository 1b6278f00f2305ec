package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Cart;
import coop.fairshare.order.CartRefused;
import coop.fairshare.order.Checkout;
import coop.fairshare.order.CheckoutForm;
import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.order.PlacedOrder;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.BadInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Checkout for scripts and apps: a cart and an address in, an order awaiting payment out. */
@Path("checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class CheckoutResource {

  /** A cart line. */
  public record LineRequest(Long variantId, Integer quantity) {}

  /** The whole checkout. */
  public record CheckoutRequest(List<LineRequest> lines, String recipient, String phone, String addressLine, String subdistrict, String district,
      String provinceCode, String postcode, String email, String language, String paymentMethod) {}

  /** What the caller needs to pay and to find the order again. */
  public record Placed(String number, String accessToken, String state) {}

  @EJB
  private Checkout checkout;

  @POST
  @Operation(summary = "Place an order (guest or signed-in shopper); stock is held until it is paid or lapses")
  public Response place(CheckoutRequest request) {
    RequestFields.elements(RequestFields.body(request).lines(), "lines");
    if (request.lines().size() > Cart.MAX_LINES) {
      throw new CartRefused("cart.tooManyLines", Cart.MAX_QUANTITY, Cart.MAX_LINES);
    }
    Cart cart = new Cart();
    for (LineRequest line : request.lines()) {
      cart.add(RequestFields.required(line.variantId(), "lines[].variantId"), RequestFields.required(line.quantity(), "lines[].quantity"));
    }
    PlacedOrder placed = checkout.place(cart, new CheckoutForm(request.recipient(), request.phone(), request.addressLine(), request.subdistrict(),
        request.district(), request.provinceCode(), request.postcode(), request.email(),
        request.paymentMethod() == null ? PaymentMethod.BANK_TRANSFER : PaymentMethod.named(request.paymentMethod()), request.language()));
    return Response.created(URI.create("orders/" + placed.number())).entity(new Placed(placed.number(), placed.accessToken(), "AWAITING_PAYMENT")).build();
  }
}
