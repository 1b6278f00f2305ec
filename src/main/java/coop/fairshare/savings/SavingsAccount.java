package coop.fairshare.savings;

import coop.fairshare.member.Member;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member's account in one savings product, backed by its own account in the ledger (the
 * ledger holds the money; this holds who, which product, and whether it is open). Its number is
 * made from its id, so every instance of the app issues the same numbers without asking each other.
 */
@Entity
@Table(name = "savings_account")
public class SavingsAccount {

  private static final Pattern NUMBER = Pattern.compile("SV-(\\d{6,12})");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "member_id", nullable = false, updatable = false)
  private Member member;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id", nullable = false, updatable = false)
  private SavingsProduct product;

  @Column(name = "ledger_account_id")
  private Long ledgerAccountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private SavingsAccountStatus status;

  @Column(name = "opened_on", nullable = false, updatable = false)
  private LocalDate openedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version")
  private long version;

  protected SavingsAccount() {}

  /**
   * Opened today, or earlier when a treasurer brings in an account from the paper book; never
   * before she joined, never in the future, and only for a member who is still a member.
   */
  public SavingsAccount(Member member, SavingsProduct product, LocalDate openedOn, LocalDate today, String createdBy) {
    this.member = Objects.requireNonNull(member, "member");
    this.product = Objects.requireNonNull(product, "product");
    if (!member.isActive()) {
      throw new BusinessRuleViolation("savings.account.memberNotActive", member.memberNumber()).on("memberNumber");
    }
    if (openedOn.isAfter(today)) {
      throw new BadInput("savings.account.openedFuture").on("openedOn");
    }
    if (openedOn.isBefore(member.joinedOn())) {
      throw new BadInput("savings.account.openedBeforeJoining", member.joinedOn().toString()).on("openedOn");
    }
    this.openedOn = openedOn;
    this.status = SavingsAccountStatus.OPEN;
    this.createdBy = createdBy;
  }

  /** The id a number stands for; empty for anything that is not an account number. */
  public static Optional<Long> idOf(String number) {
    if (number == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(number.strip().toUpperCase(java.util.Locale.ROOT));
    return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  public static String numberOf(long id) {
    return String.format("SV-%06d", id);
  }

  void backBy(long ledgerAccountId) {
    this.ledgerAccountId = ledgerAccountId;
  }

  /**
   * Money may move on a value date from the day the account opened to today (a closed month the
   * ledger refuses on its own); only while the account is open.
   */
  public void checkMovement(Money amount, LocalDate valueDate, LocalDate today) {
    if (status != SavingsAccountStatus.OPEN) {
      throw new BusinessRuleViolation("savings.account.notOpen." + status.name().toLowerCase(java.util.Locale.ROOT), number());
    }
    if (amount == null || !amount.isPositive()) {
      throw new BadInput("savings.amount.positive").on("amount");
    }
    if (valueDate == null) {
      throw new BadInput("savings.valueDate.required").on("valueDate");
    }
    if (valueDate.isAfter(today)) {
      throw new BadInput("savings.valueDate.future").on("valueDate");
    }
    if (valueDate.isBefore(openedOn)) {
      throw new BadInput("savings.valueDate.beforeOpening", openedOn.toString()).on("valueDate");
    }
  }

  /** A withdrawal: a movement, and no more than the balance less the product's minimum. */
  public void checkWithdrawal(Money balance, Money amount, LocalDate valueDate, LocalDate today) {
    checkMovement(amount, valueDate, today);
    product.terms().checkWithdrawal(balance, amount);
  }

  public void freeze() {
    if (status != SavingsAccountStatus.OPEN) {
      throw new BusinessRuleViolation("savings.account.notOpen." + status.name().toLowerCase(java.util.Locale.ROOT), number());
    }
    status = SavingsAccountStatus.FROZEN;
  }

  public void unfreeze() {
    if (status != SavingsAccountStatus.FROZEN) {
      throw new BusinessRuleViolation("savings.account.notFrozen", number());
    }
    status = SavingsAccountStatus.OPEN;
  }

  /** Closed on a day, once whatever it held has been paid out (the caller posts that payout first). */
  public void close(LocalDate on) {
    if (status == SavingsAccountStatus.CLOSED) {
      throw new BusinessRuleViolation("savings.account.notOpen.closed", number());
    }
    if (on.isBefore(openedOn)) {
      throw new BadInput("savings.valueDate.beforeOpening", openedOn.toString()).on("valueDate");
    }
    status = SavingsAccountStatus.CLOSED;
    closedOn = on;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return numberOf(id);
  }

  public Member member() {
    return member;
  }

  public SavingsProduct product() {
    return product;
  }

  public long ledgerAccountId() {
    return ledgerAccountId;
  }

  public SavingsAccountStatus status() {
    return status;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }
}
