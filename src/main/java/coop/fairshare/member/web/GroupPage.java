package coop.fairshare.member.web;

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

/** One producer group: its story, leader, region and what it sells. */
@Named
@RequestScoped
public class GroupPage {

  @EJB
  private GroupDirectory directory;

  @EJB
  private ProductCatalog catalog;

  private Long id;
  private ProducerGroup group;
  private List<Product> products;
  private long members;

  public void load() throws IOException {
    group = id == null ? null : directory.group(id).orElse(null);
    if (group == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "group");
      faces.responseComplete();
      return;
    }
    products = catalog.productsOfGroup(id);
    members = directory.activeMemberCount(id);
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

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
