package coop.fairshare.split;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.catalog.ProductOrigin;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The "where your money goes" preview the product page, the cart and the receipt show, and the
 * public API. The payment fee is estimated from the cooperative's setting until the real one is known.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: from a page, no transaction's round trips
public class WhereYourMoneyGoes {

  @EJB
  private SplitRules rules;

  @EJB
  private ProductCatalog catalog;

  public SplitPreview forProduct(long productId, Money amount) {
    ProductOrigin product = onSale(productId);
    return forProductOf(product.groupId(), product.category(), amount);
  }

  /** The preview for a product whose group and kind the caller has just read (the product page): no second read of it. */
  public SplitPreview forProductOf(long groupId, ProductCategory category, Money amount) {
    return preview(rules.ruleFor(groupId, category, CoopTime.today()), amount);
  }

  /** The split a sale will be stored with once its fee is known (a bank transfer costs the cooperative nothing). */
  public SplitAllocation forSale(long productId, Money amount, Money fee) {
    ProductOrigin product = onSale(productId);
    return SplitAllocation.of(amount, rules.ruleFor(product.groupId(), product.category(), CoopTime.today()).shares(), fee);
  }

  public SplitPreview forGroup(long groupId, Money amount) {
    return preview(rules.ruleFor(groupId, null, CoopTime.today()), amount);
  }

  public SplitPreview forCooperative(Money amount) {
    return preview(rules.cooperativeRule(CoopTime.today()), amount);
  }

  /** A draft rule that is not saved yet: the rule editor's live preview. */
  public SplitAllocation forShares(SplitShares shares, Money amount) {
    return SplitAllocation.of(amount, shares, estimatedFee(amount, rules.estimatedFeeBp()));
  }

  private ProductOrigin onSale(long productId) {
    return catalog.origin(productId).filter(ProductOrigin::active).orElseThrow(() -> new NotFound("product", productId));
  }

  private SplitPreview preview(SplitRule rule, Money amount) {
    int feeBp = rules.estimatedFeeBp();
    return new SplitPreview(SplitAllocation.of(amount, rule.shares(), estimatedFee(amount, feeBp)), rule.id(), rule.scope(), feeBp);
  }

  static Money estimatedFee(Money amount, int feeBp) {
    return Money.ofSatang(Math.multiplyExact(amount.satang(), (long) feeBp) / SplitShares.WHOLE);
  }
}
