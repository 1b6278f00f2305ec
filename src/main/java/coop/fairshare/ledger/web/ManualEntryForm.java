package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.ManualEntries;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.ledger.Side;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The form that proposes a manual entry. It lives as long as the page so that lines added or
 * removed, and everything typed, survive each round trip and any refusal; it holds only what was
 * typed. Whether debits equal credits is shown while typing, but only the ledger's own check counts.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class ManualEntryForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int MIN_LINES = 2;
  static final int MAX_LINES = 6;
  private static final int MAX_AMOUNT_CHARS = 20;
  /** Longer than any account code (ledger_account.code): not looked up. */
  static final int MAX_CODE_CHARS = 40;
  /** A line's account field, as the page names it (manual.xhtml: form manual, repeat line, field account). */
  static final String FIELD_PREFIX = "manual:line:";
  static final String FIELD_SUFFIX = ":account";

  /**
   * One line as typed: the account's code (the cooperative's own are offered; a member's or a
   * group's is typed, never picked from a list of a million), D or C, and the amount in baht as text.
   */
  public static class LineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private String side;
    private String amount;

    LineForm(String side) {
      this.side = side;
    }

    public String getAccount() {
      return account;
    }

    public void setAccount(String account) {
      this.account = account;
    }

    public String getSide() {
      return side;
    }

    public void setSide(String side) {
      this.side = side;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }

    /** The amount if it reads as a positive baht amount with at most two decimals. */
    Optional<Money> money() {
      return baht(amount).filter(Money::isPositive);
    }

    /** The amount if it reads as baht at all; whether a line may carry it is the ledger's rule. */
    Optional<Money> typedAmount() {
      return baht(amount);
    }
  }

  @EJB
  private ManualEntries manualEntries;

  @EJB
  private Ledger ledger;

  private String date = CoopTime.today().toString();
  private String description;
  private final List<LineForm> lines = new ArrayList<>();
  private final Set<Integer> badLines = new HashSet<>();

  public ManualEntryForm() {
    fresh();
  }

  private void fresh() {
    lines.clear();
    lines.add(new LineForm(Side.DEBIT.code()));
    lines.add(new LineForm(Side.CREDIT.code()));
    badLines.clear();
    description = null;
  }

  public void addLine() {
    if (lines.size() < MAX_LINES) {
      lines.add(new LineForm(debits().compareTo(credits()) > 0 ? Side.CREDIT.code() : Side.DEBIT.code()));
    }
  }

  public void removeLine(int index) {
    if (lines.size() > MIN_LINES && index >= 0 && index < lines.size()) {
      lines.remove(index);
      badLines.clear();
    }
  }

  /**
   * Reads what was typed (a date, account codes, amounts) and hands the entry to the ledger: whether
   * it may exist (balanced, positive lines, a description) is the ledger's to say. Each code is
   * looked up by itself; one that names no account is refused beside its field.
   */
  public void propose() {
    badLines.clear();
    List<Long> accountIds = new ArrayList<>();
    Optional<LocalDate> entryDate = Dates.date(date);
    if (entryDate.isEmpty()) {
      Texts.error(null, date == null || date.isBlank() ? "ledger.manual.dateRequired" : "ledger.manual.badDate");
    }
    for (int i = 0; i < lines.size(); i++) {
      LineForm line = lines.get(i);
      String number = String.valueOf(i + 1);
      String code = line.account == null ? "" : line.account.strip();
      Optional<Long> found = code.isEmpty() || code.length() > MAX_CODE_CHARS ? Optional.empty() : ledger.findAccount(code).map(coop.fairshare.ledger.LedgerAccount::id);
      accountIds.add(found.orElse(null));
      if (code.isEmpty()) {
        Texts.error(null, "ledger.manual.lineAccount", number);
        badLines.add(i);
      } else if (found.isEmpty()) {
        Texts.error(FIELD_PREFIX + i + FIELD_SUFFIX, "ledger.manual.unknownAccount", number, code);
        badLines.add(i);
      }
      if (line.typedAmount().isEmpty()) {
        Texts.error(null, "ledger.manual.lineAmount", number);
        badLines.add(i);
      }
    }
    if (entryDate.isEmpty() || !badLines.isEmpty()) {
      return;
    }
    PageActions.call(() -> manualEntries.propose(entryDate.get(), description,
        java.util.stream.IntStream.range(0, lines.size())
            .mapToObj(i -> new PostingLine(accountIds.get(i), Side.of(lines.get(i).side), lines.get(i).typedAmount().orElseThrow())).toList()))
        .ifPresent(proposal -> {
          Texts.info(null, "ledger.manual.proposed", String.valueOf(proposal.id()));
          fresh();
        });
  }

  /** What the debit lines add up to, counting only amounts that can be read. */
  public Money debits() {
    return sum(Side.DEBIT);
  }

  public Money credits() {
    return sum(Side.CREDIT);
  }

  private Money sum(Side side) {
    return lines.stream().filter(l -> side.code().equals(l.side)).map(LineForm::money).flatMap(Optional::stream).reduce(Money.ZERO, Money::plus);
  }

  public Money getDebits() {
    return debits();
  }

  public Money getCredits() {
    return credits();
  }

  /** The gap between the two sides, always positive. */
  public Money getDifference() {
    Money gap = debits().minus(credits());
    return gap.isNegative() ? Money.ZERO.minus(gap) : gap;
  }

  public boolean isBalanced() {
    return debits().isPositive() && debits().equals(credits());
  }

  /** Some amount has been typed that is not a positive baht amount with at most two decimals. */
  public boolean isUnreadableAmount() {
    return lines.stream().anyMatch(l -> l.amount != null && !l.amount.isBlank() && l.money().isEmpty());
  }

  public boolean isBadLine(int index) {
    return badLines.contains(index);
  }

  public boolean isCanAddLine() {
    return lines.size() < MAX_LINES;
  }

  public boolean isCanRemoveLine() {
    return lines.size() > MIN_LINES;
  }

  /** Baht as a person types it ("1,250.50"), read exactly: never through a floating-point number. */
  static Optional<Money> baht(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > MAX_AMOUNT_CHARS) {
      return Optional.empty();
    }
    try {
      return Optional.of(Money.parseBaht(typed));
    } catch (BadInput unreadable) {
      return Optional.empty();
    }
  }

  public List<LineForm> getLines() {
    return lines;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
