package coop.fairshare.welfare.web;

import coop.fairshare.ledger.MonthEndBalance;
import coop.fairshare.ledger.web.Dates;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.DataKey;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.welfare.ClaimTally;
import coop.fairshare.welfare.FundReport;
import coop.fairshare.welfare.GroupArrears;
import coop.fairshare.welfare.IncomeSource;
import coop.fairshare.welfare.ReportPeriod;
import coop.fairshare.welfare.WelfareReports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The treasurers' report on the welfare fund ({@code ?from=2026-01&to=2026-11}): its balance over the
 * last year as bars drawn here as SVG (with a table of the same figures), money in by source, claims
 * by benefit, region and month, members behind by group, and the months of payouts it covers. A
 * month that cannot be read is said so, and this year is shown.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class FundReportPage {

  /** The chart's drawing area in SVG units: it scales to the page's width, 360 px on a phone. */
  static final int WIDTH = 360;
  static final int BAR_TOP = 12;
  static final int BAR_BOTTOM = 150;
  static final int HEIGHT = 172;

  /** One month's bar: where it is drawn, its label and figure. */
  public record Bar(int x, int y, int width, int height, int labelX, String label, String figure) {}

  /** A line of a claims table, with the name of what it counts. */
  public record ClaimLine(String key, String name, ClaimTally.Counts counts) {}

  /** A group's members behind, with its name. */
  public record GroupLine(String code, String name, GroupArrears arrears) {}

  /** One source of money in, with its key for the page's text. */
  public record SourceLine(String source, Money amount) {}

  @EJB
  private WelfareReports reports;

  @EJB
  private GroupDirectory directory;

  private FundReport report;
  private List<GroupLine> overdue;
  private List<ClaimLine> byRegion;
  private String shownKey;

  /**
   * Reads the report before the page is drawn, so a month typed wrong in the address is said at the
   * top of the page (the messages are drawn before the report's figures would first ask for it).
   */
  public void load() {
    getReport();
  }

  public FundReport getReport() {
    if (report == null) {
      Map<String, String> asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      report = PageActions.call(() -> reports.report(ReportPeriod.month(asked.get("from"), "from"), ReportPeriod.month(asked.get("to"), "to")))
          .orElseGet(() -> reports.report(null, null));
    }
    return report;
  }

  /**
   * The key the report's figures are kept under once drawn: everything the two kept parts show
   * (the claims as the tallies' lines, the overdue groups as their lines; shared/web/DataKey).
   */
  public String getShownKey() {
    if (shownKey == null) {
      FundReport r = getReport();
      shownKey = DataKey.of(r.balance(), r.monthEnds(), r.period(), r.moneyIn(), r.cover(), getByBenefit(), getByRegion(), getByMonth(), getOverdue());
    }
    return shownKey;
  }

  public String getFrom() {
    return getReport().period().from().toString();
  }

  public String getTo() {
    return getReport().period().to().toString();
  }

  /** The last twelve month-ends as bars, the highest reaching the top; a month below zero (never, the fund pays only what it holds) draws none. */
  public List<Bar> getBars() {
    List<MonthEndBalance> months = getReport().monthEnds();
    long most = months.stream().mapToLong(m -> m.balance().satang()).max().orElse(0);
    int slot = WIDTH / Math.max(1, months.size());
    int barWidth = slot * 2 / 3;
    Locale locale = locale();
    DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM", "th".equals(locale.getLanguage()) ? Locale.forLanguageTag("th-TH") : Locale.ENGLISH);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      MonthEndBalance m = months.get(i);
      long satang = Math.max(0, m.balance().satang());
      int height = most <= 0 ? 0 : (int) (satang * (BAR_BOTTOM - BAR_TOP) / most);
      int x = i * slot + (slot - barWidth) / 2;
      bars.add(new Bar(x, BAR_BOTTOM - height, barWidth, height, i * slot + slot / 2, shortMonth.format(m.month()), m.balance().format(locale)));
    }
    return bars;
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getHeight() {
    return HEIGHT;
  }

  public int getBaseline() {
    return BAR_BOTTOM;
  }

  public int getLabelY() {
    return HEIGHT - 6;
  }

  public String monthName(YearMonth month) {
    return Dates.monthName(month, locale());
  }

  public List<SourceLine> getMoneyIn() {
    return java.util.Arrays.stream(IncomeSource.values()).map(s -> new SourceLine(s.name(), getReport().moneyIn().of(s))).toList();
  }

  public List<ClaimLine> getByBenefit() {
    return getReport().claims().byBenefit().stream().map(l -> new ClaimLine(l.key().name(), null, l.counts())).toList();
  }

  public List<ClaimLine> getByRegion() {
    if (byRegion != null) {
      return byRegion; // asked several times a view (rendered, then drawn): the regions are read once
    }
    Map<String, Region> regions = directory.regions().stream().collect(Collectors.toMap(Region::code, r -> r, (a, b) -> a));
    Locale locale = locale();
    byRegion = getReport().claims().byRegion().stream()
        .map(l -> new ClaimLine(l.key(), regions.containsKey(l.key()) ? regions.get(l.key()).name(locale) : l.key(), l.counts())).toList();
    return byRegion;
  }

  public List<ClaimLine> getByMonth() {
    return getReport().claims().byMonth().stream().map(l -> new ClaimLine(l.key().toString(), monthName(l.key()), l.counts())).toList();
  }

  public List<GroupLine> getOverdue() {
    if (overdue != null) {
      return overdue;
    }
    Map<Long, ProducerGroup> groups = directory.groups(getReport().arrears().stream().map(GroupArrears::groupId).toList());
    Locale locale = locale();
    overdue = getReport().arrears().stream().map(a -> {
      ProducerGroup g = groups.get(a.groupId());
      return new GroupLine(g == null ? "-" : g.code(), g == null ? "-" : g.name(locale), a);
    }).toList();
    return overdue;
  }

  public Money getOverdueTotal() {
    return getReport().arrears().stream().map(GroupArrears::amount).reduce(Money.ZERO, Money::plus);
  }

  public String getMonthsCovered() {
    return getReport().cover().monthsCovered().map(m -> new java.text.DecimalFormat("#,##0.0", java.text.DecimalFormatSymbols.getInstance(locale())).format(m)).orElse(null);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
