package coop.fairshare.catalog.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import coop.fairshare.shared.BadInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A producer's own group's products, for scripts (HTTP Basic). Only the role is checked here (before
 * the body is read); which products are hers is decided by {@link GroupProducts}.
 */
@Path("my/products")
@RolesAllowed(Roles.PRODUCER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class MyProductsResource {

  /** A stock count sent by a script; the variant may be left out for a product sold in one form. */
  public record StockCount(Long variantId, Integer stock) {}

  @EJB
  private GroupProducts products;

  @GET
  @Operation(summary = "The signed-in producer's group's products, active or not")
  public List<ProductJson> mine() {
    return products.mine().stream().map(ProductJson::of).toList();
  }

  /** A new price in satang (฿450.00 is 45000). */
  public record NewPrice(Long priceSatang) {}

  @PUT
  @Path("{id}/price")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the price of one of the group's products")
  public ProductJson changePrice(@PathParam("id") long id, NewPrice price) {
    return ProductJson.of(products.changePrice(id, Money.ofSatang(RequestFields.required(RequestFields.body(price).priceSatang(), "priceSatang"))));
  }

  @PUT
  @Path("{id}/stock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a stock count of one of the group's products")
  public ProductJson countStock(@PathParam("id") long id, StockCount count) {
    int stock = RequestFields.required(RequestFields.body(count).stock(), "stock");
    long variant = count.variantId() != null ? count.variantId() : products.onlyVariant(id);
    return ProductJson.of(products.countStock(id, variant, stock));
  }
}
