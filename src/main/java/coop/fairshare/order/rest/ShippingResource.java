package coop.fairshare.order.rest;

import coop.fairshare.order.DeliveryRules;
import coop.fairshare.order.ShippingBand;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
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
public class ShippingResource {

  /** Parcels up to this weight cost this much. */
  public record Band(int maxWeightGrams, long feeSatang) {}

  @EJB
  private DeliveryRules delivery;

  @GET
  @Operation(summary = "The shipping table: one parcel per producer group, charged by weight")
  public List<Band> table() {
    return delivery.shippingTable().bands().stream().map(b -> new Band(b.maxWeightGrams(), b.fee().satang())).toList();
  }

  @PUT
  @Operation(summary = "Replace the whole shipping table (ADMIN)")
  public List<Band> replace(List<Band> bands) {
    if (bands == null) {
      throw new BadInput("error.bodyRequired", "[{\"maxWeightGrams\": …, \"feeSatang\": …}]");
    }
    delivery.replaceShippingTable(bands.stream().map(b -> new ShippingBand(b.maxWeightGrams(), Money.ofSatang(b.feeSatang()))).toList());
    return table();
  }
}
