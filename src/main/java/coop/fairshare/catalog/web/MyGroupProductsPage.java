package coop.fairshare.catalog.web;

import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.Product;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** A producer's "my group's products": what the group sells, its stock, and whether it shows in the shop. */
@Named
@RequestScoped
public class MyGroupProductsPage {

  @EJB
  private GroupProducts products;

  private List<Product> mine;
  private Integer counted;

  public List<Product> getMine() {
    if (mine == null) {
      mine = products.mine();
    }
    return mine;
  }

  public void countStock(long productId) {
    if (counted == null) {
      Texts.error(null, "producer.stock.required");
      return;
    }
    try {
      Product product = products.countStock(productId, counted);
      Texts.info(null, "producer.stock.saved", product.sku(), product.stock());
    } catch (IllegalArgumentException e) {
      Texts.error(null, "producer.stock.invalid");
    } catch (BusinessRuleViolation e) {
      Texts.error(null, e.messageKey());
    }
    mine = null;
  }

  public void toggle(long id, boolean active) {
    try {
      Product product = products.showInShop(id, active);
      Texts.info(null, active ? "producer.shown" : "producer.hidden", product.sku());
    } catch (BusinessRuleViolation e) {
      Texts.error(null, e.messageKey());
    }
    mine = null;
  }

  public Integer getCounted() {
    return counted;
  }

  public void setCounted(Integer counted) {
    this.counted = counted;
  }
}
