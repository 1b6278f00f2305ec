package coop.fairshare.catalog.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.PhotoInfo;
import coop.fairshare.catalog.PhotoRefused;
import coop.fairshare.catalog.PhotoUpload;
import coop.fairshare.catalog.ProductPhotos;
import coop.fairshare.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A producer script's photos of its own group's products: the raw JPEG or PNG is the request body.
 * Who may do what is decided by {@link ProductPhotos} and {@link GroupProducts}, not here.
 */
@Path("my/products/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class MyProductPhotosResource {

  /** A stored photo as the API shows it; the addresses are below the application's root; {@code illustration}: drawn by the shop. */
  public record PhotoJson(long id, String key, long productId, int position, boolean main, int width, int height, String sha256, String displayUrl, String thumbUrl,
      boolean illustration) {

    static PhotoJson of(PhotoInfo p, String root) {
      return new PhotoJson(p.id(), p.key(), p.productId(), p.position(), p.isMain(), p.width(), p.height(), p.sha256(), root + p.displayPath(), root + p.thumbPath(),
          p.illustration());
    }
  }

  @EJB
  private ProductPhotos photos;

  @EJB
  private GroupProducts products;

  @Context
  private UriInfo uri;

  @GET
  @Operation(summary = "The photos of one of the group's products, main first")
  public List<PhotoJson> list(@PathParam("id") long productId) {
    products.one(productId);
    return photos.photosOf(productId).stream().map(p -> PhotoJson.of(p, root())).toList();
  }

  @POST
  // any image type reaches the photo checks, which name the wrong ones; a form post is 415 here
  @Consumes("image/*")
  @Operation(summary = "Add a photo (body: the JPEG or PNG itself, at most 5 MB, 200 to 6000 px a side) to one of the group's products")
  public Response add(@PathParam("id") long productId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
    products.one(productId);
    // never hold more than the limit in memory, whatever the client says it sends
    byte[] bytes = body == null ? new byte[0] : body.readNBytes(PhotoUpload.MAX_BYTES + 1);
    if (bytes.length > PhotoUpload.MAX_BYTES) {
      throw PhotoRefused.tooManyBytes();
    }
    PhotoJson added = PhotoJson.of(photos.add(productId, bytes, contentType), root());
    return Response.created(uri.getBaseUriBuilder().path("my/products/{id}/photos").build(productId)).entity(added).build();
  }

  @DELETE
  @Path("{photoId}")
  @Operation(summary = "Remove a photo of one of the group's products")
  public Response remove(@PathParam("id") long productId, @PathParam("photoId") long photoId) {
    products.one(productId);
    if (photos.photo(photoId).filter(p -> p.productId() == productId).isEmpty()) {
      throw new NotFound("photo", photoId);
    }
    photos.remove(photoId);
    return Response.noContent().build();
  }

  /** The application's root (the API lives at {root}api/). */
  private String root() {
    return uri.getBaseUri().resolve("..").getPath();
  }
}
