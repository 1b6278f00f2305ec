package coop.fairshare.welfare.web;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.WelfareDesk;
import coop.fairshare.welfare.WelfareFund;
import coop.fairshare.welfare.WelfareMemberSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The treasurer's welfare desk: members found by number or name, and one member (in the address,
 * {@code ?member=M-000123}) with where she stands with the fund, the form that enrols her, and the
 * form that records her contribution for a run of months ("from month, so many months"). Every
 * refusal goes beside its field and what was typed stays.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class WelfareMembersPage {

  static final Map<String, String> INPUTS = Map.of("joinedOn", "enrol:joinedOn", "months", "pay:fromMonth", "receiptNo", "pay:receiptNo", "method", "pay:method");

  /** The most months one payment covers on this page: a year's worth. */
  static final int MOST_MONTHS = 12;

  @EJB
  private WelfareDesk desk;

  @EJB
  private WelfareFund fund;

  private List<WelfareMemberSummary> found;
  private WelfareMemberSummary member;
  private boolean looked;
  private PhaseId readIn;

  private String joinedOn = CoopTime.today().toString();
  private String fromMonth;
  private String monthCount = "1";
  private String receiptNo;
  private String method = MoneyMethod.CASH.name();

  private static String parameter(String name) {
    String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  public String getQ() {
    return parameter("q");
  }

  /** The member number in the address. */
  public String getNumber() {
    return parameter("member");
  }

  public List<WelfareMemberSummary> getFound() {
    if (found == null) {
      found = desk.find(getQ());
    }
    return found;
  }

  /** The member in the address and her standing, drawn afresh after an action; none for an unknown number. */
  public WelfareMemberSummary getMember() {
    PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
    if (now != readIn) {
      looked = false;
      readIn = now;
    }
    if (!looked && getNumber() != null) {
      try {
        member = desk.member(getNumber());
      } catch (NotFound e) {
        member = null;
      }
      looked = true;
    }
    return member;
  }

  public boolean isUnknownMember() {
    return getNumber() != null && getMember() == null;
  }

  /** The months a payment may start from: her joining month to a year ahead; her first month due chosen. */
  public List<String> getMonthChoices() {
    WelfareMemberSummary m = getMember();
    List<String> months = new ArrayList<>();
    if (m == null || !m.inFund()) {
      return months;
    }
    YearMonth last = CoopTime.thisMonth().plusMonths(MOST_MONTHS);
    for (YearMonth ym = YearMonth.from(m.joinedFundOn()); !ym.isAfter(last); ym = ym.plusMonths(1)) {
      months.add(ym.toString());
    }
    return months;
  }

  public List<Integer> getMonthCounts() {
    return IntStream.rangeClosed(1, MOST_MONTHS).boxed().toList();
  }

  public MoneyMethod[] getMethods() {
    return MoneyMethod.values();
  }

  public String getFromMonth() {
    if (fromMonth == null && getMember() != null) {
      fromMonth = getMember().nextMonthDue().map(YearMonth::toString).orElse(null);
    }
    return fromMonth;
  }

  /** Enrols the member from the day typed and shows her again, saying so. */
  public String enrol() {
    String number = getNumber();
    LocalDate on;
    try {
      on = joinedOn == null || joinedOn.isBlank() ? null : LocalDate.parse(joinedOn.strip());
    } catch (DateTimeParseException e) {
      PageActions.refused(new BadInput("welfare.page.dateInvalid").on("joinedOn"), INPUTS);
      return null;
    }
    return PageActions.call(() -> fund.enrol(number, on), INPUTS).map(enrolled -> {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.info(null, "welfare.page.enrolled", number, enrolled.joinedOn().toString());
      return again(number);
    }).orElse(null);
  }

  /** Records a payment for the months from the one chosen, as many as chosen, and shows her again. */
  public String contribute() {
    String number = getNumber();
    YearMonth first;
    int count;
    try {
      first = YearMonth.parse(fromMonth == null ? "" : fromMonth.strip());
    } catch (DateTimeParseException e) {
      PageActions.refused(new BadInput("welfare.contribution.months").on("months"), INPUTS);
      return null;
    }
    try {
      count = Integer.parseInt(monthCount == null ? "" : monthCount.strip());
    } catch (NumberFormatException e) {
      count = 0;
    }
    if (count < 1 || count > MOST_MONTHS) {
      PageActions.refused(new BadInput("welfare.page.monthCount", MOST_MONTHS).on("months"), INPUTS);
      return null;
    }
    List<YearMonth> months = IntStream.range(0, count).mapToObj(first::plusMonths).toList();
    MoneyMethod how = "TRANSFER".equals(method) ? MoneyMethod.TRANSFER : MoneyMethod.CASH;
    String receipt = receiptNo;
    return PageActions.call(() -> fund.contribute(number, months, receipt, how), INPUTS).map(paid -> {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.info(null, "welfare.page.paid", paid, first.toString(), months.get(months.size() - 1).toString(), receipt.strip());
      return again(number);
    }).orElse(null);
  }

  private static String again(String number) {
    return "/welfare/members.xhtml?faces-redirect=true&member=" + number;
  }

  public String getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(String joinedOn) {
    this.joinedOn = joinedOn;
  }

  public void setFromMonth(String fromMonth) {
    this.fromMonth = fromMonth;
  }

  public String getMonthCount() {
    return monthCount;
  }

  public void setMonthCount(String monthCount) {
    this.monthCount = monthCount;
  }

  public String getReceiptNo() {
    return receiptNo;
  }

  public void setReceiptNo(String receiptNo) {
    this.receiptNo = receiptNo;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }
}
