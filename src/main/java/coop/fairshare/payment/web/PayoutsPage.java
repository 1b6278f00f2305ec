package coop.fairshare.payment.web;

import coop.fairshare.payment.PayeeOwed;
import coop.fairshare.payment.PayoutRunView;
import coop.fairshare.payment.PayoutRuns;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.CodeSeek;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.SearchedPage;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The treasurers' payouts: what makers and groups are owed and for how long (flagged past the
 * ADMIN's threshold), 50 a page and found by code, the runs with propose, approve, the transfer
 * file and paid. The run a button
 * acts on travels in the button's own form, never as a row index.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class PayoutsPage extends SearchedPage {

  static final String RUN = "run";
  static final int RECENT = 10;
  /** A run's lines the page shows; the transfer file has them all. */
  static final int LINES_SHOWN = 20;
  static final int PAGE_SIZE = 50;

  @EJB
  private PayoutRuns runs;

  private String upTo = CoopTime.today().toString();
  private String thresholdDays;
  private List<PayoutRunView> recent;
  private Page<PayeeOwed> owed;
  /** Where the owed page starts, from the address: after or before an account code (the pager's links). */
  private String after;
  private String before;
  private Long threshold;
  private PhaseId readIn;

  public List<PayoutRunView> getRuns() {
    forgetAfterAction();
    if (recent == null) {
      recent = runs.recentShown(RECENT, LINES_SHOWN);
    }
    return recent;
  }

  /** What is owed, a page of it by account code, found by a group's code or a member's number. */
  public Page<PayeeOwed> getOwed() {
    forgetAfterAction();
    if (owed == null) {
      Optional<PayoutRuns.OwedList> read = PageActions.call(() -> runs.owedList(getQ(), CodeSeek.of(after, before), currentPage(), PAGE_SIZE));
      owed = read.map(PayoutRuns.OwedList::owed).orElseGet(() -> new Page<>(List.of(), 0, PAGE_SIZE, 0));
      // the threshold the page's rows were flagged by, not read again
      read.ifPresent(list -> threshold = list.thresholdDays());
    }
    return owed;
  }

  /** The next page: after this one's last account, so a deep page costs what the first does. */
  public String getNextLink() {
    return pageLink(getOwed().page() + 1, Map.of("after", PayeeOwed.nextAfter(getOwed()).orElse("")));
  }

  /** The page before: before this one's first account, or the first page itself. */
  public String getPreviousLink() {
    List<PayeeOwed> shown = getOwed().items();
    int target = getOwed().page() - 1;
    return target <= 0 || shown.isEmpty() ? pageLink(0) : pageLink(target, Map.of("before", shown.get(0).accountCode()));
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /**
   * The key of the owed part as drawn (shared/web/DataKey): every figure of the page's rows, the
   * threshold they were judged by and the search; a payment or a day gone by is a new key.
   */
  public String getShownKey() {
    return partKey.of(getOwed(), getThreshold(), getQ(), after, before);
  }

  /** How many on this page are owed longer than the threshold. */
  public long getOverdueCount() {
    return getOwed().items().stream().filter(PayeeOwed::overdue).count();
  }

  public long getThreshold() {
    forgetAfterAction();
    if (threshold == null) {
      getOwed();
    }
    if (threshold == null) {
      threshold = runs.thresholdDays();
    }
    return threshold;
  }

  public int getAverageDays() {
    return PayoutRuns.AVERAGE_DAYS;
  }

  public boolean mine(PayoutRunView run) {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return me != null && run.proposedBy(me);
  }

  public boolean isAdmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
  }

  public void propose() {
    LocalDate day;
    try {
      day = upTo == null || upTo.isBlank() ? null : LocalDate.parse(upTo.strip());
    } catch (DateTimeParseException e) {
      PageActions.refused(new BadInput("payout.upTo.invalid").on("upTo"), Map.of("upTo", "propose:upTo"));
      return;
    }
    PageActions.call(() -> runs.propose(day), Map.of("upTo", "propose:upTo"))
        .ifPresent(run -> Texts.info(null, "payout.proposed", String.valueOf(run.id()), String.valueOf(run.lines().size())));
    forget();
  }

  public void approve() {
    chosen().ifPresent(id -> {
      if (PageActions.attempt(() -> runs.approve(id), "payout.run.missing", String.valueOf(id))) {
        Texts.info(null, "payout.approved", String.valueOf(id));
      }
    });
    forget();
  }

  public void cancel() {
    chosen().ifPresent(id -> {
      if (PageActions.attempt(() -> runs.cancel(id), "payout.run.missing", String.valueOf(id))) {
        Texts.info(null, "payout.cancelled", String.valueOf(id));
      }
    });
    forget();
  }

  public void markPaid() {
    chosen().ifPresent(id -> PageActions.call(() -> runs.markPaid(id), "payout.run.missing", String.valueOf(id))
        .ifPresent(entries -> Texts.info(null, "payout.paid", String.valueOf(id), String.valueOf(entries.size()))));
    forget();
  }

  public void saveThreshold() {
    Long days;
    try {
      days = thresholdDays == null ? null : Long.valueOf(thresholdDays.strip());
    } catch (NumberFormatException e) {
      days = null;
    }
    Long typed = days;
    if (PageActions.attempt(() -> runs.changeThresholdDays(typed), Map.of("thresholdDays", "threshold:days"))) {
      Texts.info(null, "payout.threshold.saved", String.valueOf(typed));
      thresholdDays = null;
    }
    forget();
  }

  private void forget() {
    recent = null;
    owed = null;
    threshold = null;
  }

  /** A postback reads the lists to decode their buttons; what an action changed must still show when the page is drawn. */
  private void forgetAfterAction() {
    PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
    if (now != readIn) {
      forget();
      readIn = now;
    }
  }

  private static Optional<Long> chosen() {
    String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(RUN);
    try {
      return raw == null ? Optional.empty() : Optional.of(Long.valueOf(raw.strip()));
    } catch (NumberFormatException e) {
      Texts.error(null, "error.invalidInput");
      return Optional.empty();
    }
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }

  public String getUpTo() {
    return upTo;
  }

  public void setUpTo(String upTo) {
    this.upTo = upTo;
  }

  public String getThresholdDays() {
    return thresholdDays == null ? String.valueOf(getThreshold()) : thresholdDays;
  }

  public void setThresholdDays(String thresholdDays) {
    this.thresholdDays = thresholdDays;
  }
}
