package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.ledger.AccountBalance;
import coop.fairshare.ledger.AccountType;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.MonthEndBalance;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The chart of accounts with each account's debits, credits and balance, and a chart of the funds. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ChartOfAccountsPage {

  @EJB
  private Ledger ledger;

  private List<AccountBalance> balances;
  private List<MonthEndBalance> coopHistory;
  private List<MonthEndBalance> welfareHistory;

  public List<AccountBalance> getBalances() {
    if (balances == null) {
      // members' and groups' accounts summed per purpose: the page is the same size for 25 groups or 10,000
      balances = ledger.chartSummary();
    }
    return balances;
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the funds and the chart are kept under once drawn: the very figures shown (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(getBalances(), coopHistory(), welfareHistory());
  }

  private List<MonthEndBalance> coopHistory() {
    if (coopHistory == null) {
      coopHistory = ledger.monthEndBalances(LedgerAccounts.COOP_FUND, 12);
    }
    return coopHistory;
  }

  private List<MonthEndBalance> welfareHistory() {
    if (welfareHistory == null) {
      welfareHistory = ledger.monthEndBalances(LedgerAccounts.WELFARE_FUND, 12);
    }
    return welfareHistory;
  }

  public Money getCoopFund() {
    return balanceOf(LedgerAccounts.COOP_FUND);
  }

  public Money getWelfareFund() {
    return balanceOf(LedgerAccounts.WELFARE_FUND);
  }

  /** Everything still owed to makers (cash and savings) and to groups. */
  public Money getOwedToMakersAndGroups() {
    return getBalances().stream()
        // members' and groups' accounts: their control line on the summed chart
        .filter(b -> b.account().type() == AccountType.LIABILITY && b.account().ownerKind() != coop.fairshare.ledger.OwnerKind.NONE)
        .map(AccountBalance::balance)
        .reduce(Money.ZERO, Money::plus);
  }

  private Money balanceOf(String code) {
    return getBalances().stream().filter(b -> b.account().code().equals(code)).map(AccountBalance::balance).findFirst().orElse(Money.ZERO);
  }

  /**
   * The Chart.js configuration of the fund chart. Amounts go in as exact baht decimals written by
   * BigDecimal, so no floating-point number is ever made on the server.
   */
  public String getFundChart() {
    String[] labels = {Texts.text("ledger.accounts.chart.coop"), Texts.text("ledger.accounts.chart.welfare"), Texts.text("ledger.accounts.chart.owed")};
    Money[] amounts = {getCoopFund(), getWelfareFund(), getOwedToMakersAndGroups()};
    StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
    for (int i = 0; i < labels.length; i++) {
      json.append(i == 0 ? "" : ",").append(Json.string(labels[i]));
    }
    json.append("],\"datasets\":[{\"label\":").append(Json.string(Texts.text("ledger.accounts.chart.baht"))).append(",\"data\":[");
    for (int i = 0; i < amounts.length; i++) {
      json.append(i == 0 ? "" : ",").append(amounts[i].toBaht().toPlainString());
    }
    json.append("],\"backgroundColor\":[\"#2f3e75\",\"#4b7b3f\",\"#d89b2b\"]}]},")
        .append("\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"display\":false}},")
        .append("\"scales\":{\"y\":{\"beginAtZero\":true}}}}");
    return json.toString();
  }

  /** The two funds month by month over the last year, as a Chart.js line chart; exact decimals again. */
  public String getFundHistoryChart() {
    List<MonthEndBalance> coop = coopHistory();
    List<MonthEndBalance> welfare = welfareHistory();
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    StringBuilder json = new StringBuilder("{\"type\":\"line\",\"data\":{\"labels\":[");
    for (int i = 0; i < coop.size(); i++) {
      json.append(i == 0 ? "" : ",").append(Json.string(Dates.monthName(coop.get(i).month(), locale)));
    }
    json.append("],\"datasets\":[");
    appendLine(json, Texts.text("ledger.accounts.chart.coop"), coop, "#2f3e75");
    json.append(",");
    appendLine(json, Texts.text("ledger.accounts.chart.welfare"), welfare, "#4b7b3f");
    json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"beginAtZero\":true}}}}");
    return json.toString();
  }

  private static void appendLine(StringBuilder json, String label, List<MonthEndBalance> points, String colour) {
    json.append("{\"label\":").append(Json.string(label)).append(",\"borderColor\":\"").append(colour).append("\",\"data\":[");
    for (int i = 0; i < points.size(); i++) {
      json.append(i == 0 ? "" : ",").append(points.get(i).balance().toBaht().toPlainString());
    }
    json.append("]}");
  }
}
