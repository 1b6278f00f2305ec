package coop.fairshare.catalog.web;

import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.Product;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A producer's "my group's products": what the group sells, its stock, and whether it shows in the shop. */
@Named
@RequestScoped
public class MyGroupProductsPage {

  @EJB
  private GroupProducts products;

  private List<Product> mine;
  private final Map<Long, Integer> counts = new HashMap<>();

  public List<Product> getMine() {
    if (mine == null) {
      mine = products.mine();
    }
    return mine;
  }

  /** Saves the count typed in one product's row; the other rows' boxes are left alone. */
  public void countStock(long productId) {
    Integer counted = counts.get(productId);
    if (counted == null) {
      Texts.error(null, "producer.stock.required");
      return;
    }
    try {
      Product product = products.countStock(productId, counted);
      counts.remove(productId);
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

  /** The counts typed in the table, by product id. */
  public Map<Long, Integer> getCounts() {
    return counts;
  }
}
