package coop.fairshare.savings.web;

import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.savings.SavingsTotal;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Members' savings summed per group and per region, each split by product, drawn as bars (plain
 * HTML and CSS, every bar with its figure in text) and listed in tables.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsTotalsPage {

  @EJB
  private SavingsAccounts accounts;

  private List<SavingsTotal> totals;
  private List<Sum> byRegion;
  private List<Sum> byGroup;

  /** One group's or region's savings: the parts by product, their total, and its bar's length against the largest. */
  public record Sum(String key, String nameTh, String nameEn, String regionNameTh, String regionNameEn, List<SavingsTotal> parts, int accounts, Money balance,
      BigDecimal percentOfLargest) implements Serializable {

    public String name(Locale locale) {
      return coop.fairshare.shared.Bilingual.pick(locale, nameTh, nameEn);
    }

    public String regionName(Locale locale) {
      return coop.fairshare.shared.Bilingual.pick(locale, regionNameTh, regionNameEn);
    }

    /** The part by product, summed over the groups (a region's parts come per group). */
    public List<SavingsTotal> byProduct() {
      Map<Long, SavingsTotal> summed = new LinkedHashMap<>();
      for (SavingsTotal t : parts) {
        summed.merge(t.productId(), t, (a, b) -> new SavingsTotal(a.regionCode(), a.regionNameTh(), a.regionNameEn(), a.groupId(), a.groupNameTh(), a.groupNameEn(),
            a.productId(), a.productNameTh(), a.productNameEn(), a.accounts() + b.accounts(), a.balance().plus(b.balance())));
      }
      return List.copyOf(summed.values());
    }

    /** The bar's width for CSS, a plain decimal whatever the page's language. */
    public String width() {
      return percentOfLargest.toPlainString() + "%";
    }
  }

  public List<SavingsTotal> getTotals() {
    if (totals == null) {
      totals = accounts.totals();
    }
    return totals;
  }

  public List<Sum> getByRegion() {
    if (byRegion == null) {
      byRegion = sums(t -> t.regionCode(), t -> new String[] {t.regionNameTh(), t.regionNameEn(), null, null});
    }
    return byRegion;
  }

  public List<Sum> getByGroup() {
    if (byGroup == null) {
      byGroup = sums(t -> String.valueOf(t.groupId()), t -> new String[] {t.groupNameTh(), t.groupNameEn(), t.regionNameTh(), t.regionNameEn()});
    }
    return byGroup;
  }

  public Money getGrandTotal() {
    return getTotals().stream().map(SavingsTotal::balance).reduce(Money.ZERO, Money::plus);
  }

  public int getAccountCount() {
    return getTotals().stream().mapToInt(SavingsTotal::accounts).sum();
  }

  private List<Sum> sums(Function<SavingsTotal, String> key, Function<SavingsTotal, String[]> names) {
    Map<String, List<SavingsTotal>> grouped = new LinkedHashMap<>();
    for (SavingsTotal t : getTotals()) {
      grouped.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    Money largest = Money.ZERO;
    for (List<SavingsTotal> parts : grouped.values()) {
      Money sum = parts.stream().map(SavingsTotal::balance).reduce(Money.ZERO, Money::plus);
      largest = sum.compareTo(largest) > 0 ? sum : largest;
    }
    List<Sum> sums = new ArrayList<>();
    for (Map.Entry<String, List<SavingsTotal>> e : grouped.entrySet()) {
      List<SavingsTotal> parts = e.getValue();
      String[] n = names.apply(parts.get(0));
      Money sum = parts.stream().map(SavingsTotal::balance).reduce(Money.ZERO, Money::plus);
      int count = parts.stream().mapToInt(SavingsTotal::accounts).sum();
      sums.add(new Sum(e.getKey(), n[0], n[1], n[2], n[3], List.copyOf(parts), count, sum, percent(sum, largest)));
    }
    return sums;
  }

  /** A bar's length in whole-and-tenth percent of the largest, exact decimals (never a floating-point number); none below zero. */
  static BigDecimal percent(Money part, Money largest) {
    if (!largest.isPositive() || !part.isPositive()) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(part.satang()).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(largest.satang()), 1, RoundingMode.HALF_UP);
  }
}
