package coop.fairshare.split.web;

import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.shared.Money;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.split.WhereYourMoneyGoes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The product page's "where your money goes": the split's own part of that page, so the catalog's
 * pages need not know the split (the split depends on the catalog, never the other way).
 */
@Named
@RequestScoped
public class ProductSplit {

  @EJB
  private WhereYourMoneyGoes money;

  private SplitAllocation split;
  private Money price;

  /** Where the shopper's money goes if she buys one of a product of this group and kind at this price. */
  public SplitAllocation of(long groupId, ProductCategory category, Money price) {
    if (split == null) {
      this.price = price;
      split = money.forProductOf(groupId, category, price).allocation();
    }
    return split;
  }

  /** A part's width in the split bar, as a CSS percentage of the price. */
  public String widthOf(Money part) {
    if (!part.isPositive() || price == null || !price.isPositive()) {
      return "0%";
    }
    return BigDecimal.valueOf(part.satang()).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(price.satang()), 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
