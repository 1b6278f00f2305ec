package coop.fairshare.catalog.web;

import coop.fairshare.shared.web.AddressId;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** One product, its makers' group and, for food, what is in it. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ProductPage {

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  @Inject
  private ProductGallery gallery;

  private String id;
  private Product product;
  private List<Product> moreFromGroup;

  public void load() throws IOException {
    Long productId = AddressId.of(id).orElse(null);
    product = productId == null ? null : catalog.product(productId).orElse(null);
    if (product == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "product");
      faces.responseComplete();
      return;
    }
  }

  public Product getProduct() {
    return product;
  }

  public ProducerGroup getGroup() {
    return product.group();
  }

  /** Read only when rendered: a page whose shared part comes from the cache never asks. */
  public List<Product> getMoreFromGroup() {
    if (moreFromGroup == null) {
      moreFromGroup = catalog.moreOfGroup(product.group().id(), product.id(), 4);
    }
    return moreFromGroup;
  }

  /**
   * The key of the page's shared part (the same for every visitor of a language, cached for a few
   * seconds like the anonymous page): what it shows of this product, its variants' prices and
   * stock, and its photos, with their versions. Any change to them is a new key, so a cached part
   * never shows an old price or stock figure of this product; other products on it ("more from the
   * group") and the split's rules may be as old as the cache's few seconds.
   */
  public String getFingerprint() {
    StringBuilder key = SharedPartKeys.append(new StringBuilder("product"), product);
    gallery.galleryOf(product).all().forEach(photo -> key.append("|p").append(photo.id()).append(':').append(photo.sha256()));
    return key.toString();
  }

  public long getMakers() {
    return directory.activeMemberCount(product.group().id());
  }

  /** The id as typed in the address; anything but a number is simply not found. */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
