package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.Fulfilment;
import coop.fairshare.order.Fulfilments;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import coop.fairshare.shared.BadInput;
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

/** A producer group's parcels: the queue, packing, shipping with a tracking number, delivery. */
@Path("my/fulfilments")
@RolesAllowed(Roles.PRODUCER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class FulfilmentResource {

  /** What the carrier gave the group. */
  public record Shipment(String carrier, String trackingNumber) {}

  /** A parcel with the order it belongs to. */
  public record ParcelView(long id, String orderNumber, String state, String carrier, String trackingNumber, List<String> skus) {
    static ParcelView of(Fulfilment f) {
      return new ParcelView(f.id(), f.order().number(), f.state().name(), f.carrier().orElse(null), f.trackingNumber().orElse(null),
          f.lines().stream().map(l -> l.sku()).toList());
    }
  }

  @EJB
  private Fulfilments fulfilments;

  @GET
  @Operation(summary = "The group's parcels to pack (and those waiting for payment)")
  public List<ParcelView> queue() {
    return fulfilments.queue().stream().map(ParcelView::of).toList();
  }

  @POST
  @Path("{id}/packing")
  @Operation(summary = "Start packing a paid parcel")
  public ParcelView packing(@PathParam("id") long id) {
    return ParcelView.of(fulfilments.startPacking(id));
  }

  @POST
  @Path("{id}/shipment")
  @Operation(summary = "The parcel went out with this carrier and tracking number")
  public ParcelView shipped(@PathParam("id") long id, Shipment shipment) {
    RequestFields.body(shipment);
    return ParcelView.of(fulfilments.ship(id, shipment.carrier(), shipment.trackingNumber()));
  }

  @POST
  @Path("{id}/delivery")
  @Operation(summary = "The parcel arrived")
  public ParcelView delivered(@PathParam("id") long id) {
    return ParcelView.of(fulfilments.confirmDelivered(id));
  }
}
