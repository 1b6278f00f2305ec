package coop.fairshare.catalog.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductQuery;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.rest.RequestFields;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public catalog as JSON. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class ProductResource {

  @EJB
  private ProductCatalog catalog;

  @GET
  @Operation(summary = "Active products, paged, filtered by category, region code, group id and text (Thai is segmented into words);"
      + " total is counted up to 1,000 or the end of the page asked for, whichever is further: one more than that means more were found")
  public Page<ProductJson> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("category") String category,
      @QueryParam("region") String region,
      @QueryParam("group") String group,
      @QueryParam("q") String text) {
    // read as text: a number the parameter cannot hold is refused here with its reason, not turned into "not found"
    int pageNumber = (int) RequestFields.number(page, 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    int pageSize = (int) RequestFields.number(size, 20, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Long groupId = group == null || group.isBlank() ? null : RequestFields.number(group, 0, 1, Long.MAX_VALUE);
    Page<coop.fairshare.catalog.Product> found = catalog.search(new ProductQuery(category(category), region == null ? null : region.toUpperCase(Locale.ROOT), groupId, text,
        pageNumber, pageSize));
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
    return RequestFields.oneOf(ProductCategory.class, raw, "category");
  }
}
