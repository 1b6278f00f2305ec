package coop.fairshare.catalog.rest;

import coop.fairshare.catalog.GroupProducts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A producer's own group's products, for scripts (HTTP Basic). Who may do what is decided by
 * {@link GroupProducts}, not here.
 */
@Path("my/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class MyProductsResource {

  /** A stock count sent by a script; the variant may be left out for a product sold in one form. */
  public record StockCount(Long variantId, int stock) {}

  @EJB
  private GroupProducts products;

  @GET
  @Operation(summary = "The signed-in producer's group's products, active or not")
  public List<ProductJson> mine() {
    return products.mine().stream().map(ProductJson::of).toList();
  }

  @PUT
  @Path("{id}/stock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a stock count of one of the group's products")
  public ProductJson countStock(@PathParam("id") long id, StockCount count) {
    if (count == null) {
      throw new IllegalArgumentException("body {\"stock\": n} is required");
    }
    long variant = count.variantId() != null ? count.variantId() : products.onlyVariant(id);
    return ProductJson.of(products.countStock(id, variant, count.stock()));
  }
}
