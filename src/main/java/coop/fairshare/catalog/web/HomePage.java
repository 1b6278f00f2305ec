package coop.fairshare.catalog.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.Region;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The front page: featured products and the five regional networks. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class HomePage {

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  private List<Product> featured;
  private List<Region> regions;

  public List<Product> getFeatured() {
    if (featured == null) {
      featured = catalog.featured(8);
    }
    return featured;
  }

  public List<Region> getRegions() {
    if (regions == null) {
      regions = directory.regions();
    }
    return regions;
  }
}
