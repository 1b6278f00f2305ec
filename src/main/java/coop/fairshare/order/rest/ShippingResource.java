package coop.fairshare.order.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.DeliveryRules;
import coop.fairshare.order.ShippingBand;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The weight-based shipping table: anyone reads it, an admin replaces it. */
@Path("shipping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class ShippingResource {

  /** Parcels up to this weight cost this much. */
  public record Band(Integer maxWeightGrams, Long feeSatang) {}

  @EJB
  private DeliveryRules delivery;

  @GET
  @Operation(summary = "The shipping table: one parcel per producer group, charged by weight")
  public List<Band> table() {
    return delivery.shippingTable().bands().stream().map(b -> new Band(b.maxWeightGrams(), b.fee().satang())).toList();
  }

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Replace the whole shipping table (ADMIN)")
  public List<Band> replace(List<Band> bands) {
    RequestFields.elements(RequestFields.body(bands), "bands");
    delivery.replaceShippingTable(bands.stream().map(b -> new ShippingBand(RequestFields.required(b.maxWeightGrams(), "maxWeightGrams"),
        Money.ofSatang(RequestFields.required(b.feeSatang(), "feeSatang")))).toList());
    return table();
  }
}
