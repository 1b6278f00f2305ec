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

/** One producer group: its story, leader, region and what it sells (a catalog page: the member area knows nothing of products). */
@Named
@RequestScoped
@RetriedOnDeadlock
public class GroupPage {

  @EJB
  private GroupDirectory directory;

  @EJB
  private ProductCatalog catalog;

  private String id;
  private ProducerGroup group;
  private List<Product> products;
  private long members;

  public void load() throws IOException {
    Long groupId = AddressId.of(id).orElse(null);
    group = groupId == null ? null : directory.group(groupId).orElse(null);
    if (group == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "group");
      faces.responseComplete();
      return;
    }
    products = catalog.productsOfGroup(groupId);
    members = directory.activeMemberCount(groupId);
  }

  public ProducerGroup getGroup() {
    return group;
  }

  public List<Product> getProducts() {
    return products;
  }

  public long getMembers() {
    return members;
  }

  /** The id as typed in the address; anything but a number is simply not found. */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
