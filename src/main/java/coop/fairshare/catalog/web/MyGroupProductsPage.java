package coop.fairshare.catalog.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.Product;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.KeptPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A producer's "my group's products": what the group sells, its stock, and whether it shows in the shop. */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/producer/products.xhtml")
public class MyGroupProductsPage implements KeptPage {

  /** The whole page shows only the group's products with their stock (shared/web/KeptPages); after a button it is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }


  @EJB
  private GroupProducts products;

  private List<Product> mine;
  private final Map<Long, Integer> counts = new HashMap<>();
  private final Map<Long, Integer> receipts = new HashMap<>();

  public List<Product> getMine() {
    if (mine == null) {
      mine = products.mine();
    }
    return mine;
  }

  /**
   * The key the table is kept under once drawn (shared/web/DataKey): each product with its version
   * and its variants' prices, stock and holds (as the shop's own parts are keyed), and its group's
   * names. Only a fresh look is kept: after a button the table shows what was typed and refused.
   */
  public String getShownKey() {
    StringBuilder shown = new StringBuilder();
    for (Product product : getMine()) {
      SharedPartKeys.append(shown, product).append('|').append(product.group().nameTh()).append('|').append(product.group().nameEn());
    }
    return DataKey.of(shown);
  }

  /** Saves the count typed in one variant's row; the other rows' boxes are left alone. */
  public void countStock(long productId, long variantId) {
    Integer counted = counts.get(variantId);
    if (counted == null) {
      Texts.error(null, "producer.stock.required");
      return;
    }
    PageActions.call(() -> products.countStock(productId, variantId, counted)).ifPresent(product -> {
      counts.remove(variantId);
      Texts.info(null, "producer.stock.saved", product.sku(), product.variant(variantId).stock());
    });
    mine = null;
  }

  /** Goods arrived from the makers: adds what was typed in the variant's "received" box. */
  public void receive(long productId, long variantId) {
    Integer received = receipts.get(variantId);
    if (received == null) { // nothing typed; how many may be received is the stock's rule
      Texts.error(null, "producer.received.invalid");
      return;
    }
    if (PageActions.attempt(() -> products.receiveStock(productId, variantId, received))) {
      receipts.remove(variantId);
      Texts.info(null, "producer.received.saved", received);
    }
    mine = null;
  }

  public Map<Long, Integer> getReceipts() {
    return receipts;
  }

  public void toggle(long id, boolean active) {
    PageActions.call(() -> products.showInShop(id, active)).ifPresent(product -> Texts.info(null, active ? "producer.shown" : "producer.hidden", product.sku()));
    mine = null;
  }

  /** The counts typed in the table, by variant id. */
  public Map<Long, Integer> getCounts() {
    return counts;
  }
}
