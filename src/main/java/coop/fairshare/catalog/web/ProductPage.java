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
    moreFromGroup = catalog.productsOfGroup(product.group().id()).stream().filter(p -> !p.id().equals(productId)).limit(4).toList();
  }

  public Product getProduct() {
    return product;
  }

  public ProducerGroup getGroup() {
    return product.group();
  }

  public List<Product> getMoreFromGroup() {
    return moreFromGroup;
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
