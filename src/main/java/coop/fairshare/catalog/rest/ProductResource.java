package coop.fairshare.catalog.rest;

import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductQuery;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public catalog as JSON. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductResource {

  @EJB
  private ProductCatalog catalog;

  @GET
  @Operation(summary = "Active products, paged, filtered by category, region code, group id and text (Thai is segmented into words)")
  public Page<ProductJson> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("category") String category,
      @QueryParam("region") String region,
      @QueryParam("group") Long group,
      @QueryParam("q") String text) {
    Page<coop.fairshare.catalog.Product> found = catalog.search(new ProductQuery(category(category), region == null ? null : region.toUpperCase(Locale.ROOT), group, text, page, size));
    return new Page<>(found.items().stream().map(ProductJson::of).toList(), found.page(), found.size(), found.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One active product")
  public ProductJson one(@PathParam("id") long id) {
    return catalog.product(id).map(ProductJson::of).orElseThrow(() -> new NotFound("product", id));
  }

  private static ProductCategory category(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String wanted = raw.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(ProductCategory.values()).filter(c -> c.name().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInput("catalog.category.unknown", Arrays.toString(ProductCategory.values())).on("category"));
  }
}
