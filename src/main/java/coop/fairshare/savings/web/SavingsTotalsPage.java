package coop.fairshare.savings.web;

import coop.fairshare.savings.SavingsCount;
import coop.fairshare.savings.SavingsCounts;
import coop.fairshare.savings.SavingsTotal;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
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
import java.util.Optional;
import java.util.function.Function;

/**
 * Members' savings summed per group and per region, each split by product, drawn as bars (plain
 * HTML and CSS, every bar with its figure in text) and listed in tables, the groups 50 a page. The
 * page never sums the accounts: a count does, in the background (a national network has a million
 * of them), and the page shows what the latest finished count kept, with a button to count again
 * and the running count's progress, looking again every two seconds while one is going.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsTotalsPage {

  static final int PAGE_SIZE = 50;

  @EJB
  private SavingsCounts counts;

  private String page;
  private Optional<SavingsCount> counted;
  private Optional<SavingsCount> latest;
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

  /**
   * The latest finished count, whose totals are shown; null before the first. The newest count is
   * read first and is this one when done: read the other way round, a count finishing between the
   * two reads was shown neither running nor done, and the page stopped looking again.
   */
  public SavingsCount getCount() {
    if (counted == null) {
      Optional<SavingsCount> newest = newest();
      counted = newest.isPresent() && !newest.get().running() ? newest : counts.latestCounted();
    }
    return counted.orElse(null);
  }

  /** The count going on now, whose progress is shown; null when none is. */
  public SavingsCount getCounting() {
    return newest().filter(SavingsCount::running).orElse(null);
  }

  /** The newest count, running or done, read once a view. */
  private Optional<SavingsCount> newest() {
    if (latest == null) {
      latest = counts.latest();
    }
    return latest;
  }

  /** Counting but quiet for a minute (its instance stopped): the button takes it over. */
  public boolean isCountStalled() {
    SavingsCount run = getCounting();
    return run != null && run.stalled(CoopTime.now());
  }

  public Money getGrandTotal() {
    return getCount() == null ? Money.ZERO : getCount().balance();
  }

  public int getAccountCount() {
    return getCount() == null ? 0 : getCount().accounts();
  }

  public List<Sum> getByRegion() {
    if (byRegion == null) {
      List<SavingsTotal> parts = getCount() == null ? List.of() : counts.byRegion(getCount().id());
      byRegion = sums(parts, SavingsTotal::regionCode, t -> new String[] {t.regionNameTh(), t.regionNameEn(), null, null}, Money.ZERO);
    }
    return byRegion;
  }

  /** This page's groups, their bars against the largest group of all (the same scale on every page). */
  public List<Sum> getByGroup() {
    if (byGroup == null) {
      SavingsCount count = getCount();
      List<SavingsTotal> parts = count == null ? List.of() : counts.groupPage(count.id(), currentPage(), PAGE_SIZE);
      byGroup = sums(parts, t -> String.valueOf(t.groupId()), t -> new String[] {t.groupNameTh(), t.groupNameEn(), t.regionNameTh(), t.regionNameEn()},
          count == null ? Money.ZERO : count.largestGroup());
    }
    return byGroup;
  }

  /** The page of groups shown, as the pager sees it. */
  public Page<Sum> getGroupPage() {
    return new Page<>(getByGroup(), currentPage(), PAGE_SIZE, getCount() == null ? 0 : getCount().groupsListed());
  }

  /** The address of another page of groups. */
  public String pageLink(int target) {
    return "?page=" + target;
  }

  public void start() {
    PageActions.call(counts::start).ifPresent(run -> Texts.info(null, run.running() ? "savings.count.started" : "savings.count.finishedAlready", String.valueOf(run.id())));
    counted = null;
    latest = null;
    byRegion = null;
    byGroup = null;
  }

  public String getPage() {
    return page;
  }

  /** The page asked for as typed in the address: anything but one of its pages shows the first. */
  public void setPage(String page) {
    this.page = page;
  }

  private int currentPage() {
    return pageAsked(page, getCount() == null ? 0 : getCount().pages(PAGE_SIZE));
  }

  /** The page (from 0) that {@code asked} names among {@code pages}; the first for anything else (a word, -5, a number past the last). */
  static int pageAsked(String asked, int pages) {
    if (asked == null || !asked.strip().matches("\\d{1,9}")) {
      return 0;
    }
    int n = Integer.parseInt(asked.strip());
    return n < pages ? n : 0;
  }

  /**
   * The parts summed per key in the order they came, each with its bar's length against the largest
   * sum (or {@code atLeast}, when the largest of all is known and may lie on another page).
   */
  private static List<Sum> sums(List<SavingsTotal> all, Function<SavingsTotal, String> key, Function<SavingsTotal, String[]> names, Money atLeast) {
    Map<String, List<SavingsTotal>> grouped = new LinkedHashMap<>();
    for (SavingsTotal t : all) {
      grouped.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    Money largest = atLeast;
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
