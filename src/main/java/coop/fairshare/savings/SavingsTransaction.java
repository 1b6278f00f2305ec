package coop.fairshare.savings;

import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What the savings area posted for one account, one row per ledger entry: the ledger keeps the
 * money, this keeps what it was (a deposit with its receipt, interest for a period). Never changed.
 */
@Entity
@Table(name = "savings_transaction")
public class SavingsTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private SavingsEntryKind kind;

  /** Positive in, negative out. */
  @Column(name = "amount_satang", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "value_date", nullable = false, updatable = false)
  private LocalDate valueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", updatable = false)
  private MoneyMethod method;

  @Column(name = "receipt_no", updatable = false)
  private String receiptNo;

  @Column(name = "interest_period", updatable = false)
  private String interestPeriod;

  @Column(name = "journal_entry_id", nullable = false, updatable = false)
  private long journalEntryId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected SavingsTransaction() {}

  private SavingsTransaction(long accountId, SavingsEntryKind kind, Money amount, LocalDate valueDate, MoneyMethod method, String receiptNo, String interestPeriod,
      long journalEntryId, String createdBy) {
    this.accountId = accountId;
    this.kind = kind;
    this.amount = amount;
    this.valueDate = valueDate;
    this.method = method;
    this.receiptNo = receiptNo;
    this.interestPeriod = interestPeriod;
    this.journalEntryId = journalEntryId;
    this.createdBy = createdBy;
  }

  static SavingsTransaction deposit(long accountId, Money amount, LocalDate valueDate, MoneyMethod method, String receiptNo, long entryId, String by) {
    return new SavingsTransaction(accountId, SavingsEntryKind.DEPOSIT, amount, valueDate, method, receiptNo, null, entryId, by);
  }

  static SavingsTransaction withdrawal(long accountId, Money amount, LocalDate valueDate, MoneyMethod method, String receiptNo, long entryId, String by) {
    return new SavingsTransaction(accountId, SavingsEntryKind.WITHDRAWAL, amount.negated(), valueDate, method, receiptNo, null, entryId, by);
  }

  static SavingsTransaction closing(long accountId, Money paidOut, LocalDate on, MoneyMethod method, String receiptNo, long entryId, String by) {
    return new SavingsTransaction(accountId, SavingsEntryKind.CLOSING, paidOut.negated(), on, method, receiptNo, null, entryId, by);
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public SavingsEntryKind kind() {
    return kind;
  }

  public Money amount() {
    return amount;
  }

  public LocalDate valueDate() {
    return valueDate;
  }

  public MoneyMethod method() {
    return method;
  }

  public String receiptNo() {
    return receiptNo;
  }

  public long journalEntryId() {
    return journalEntryId;
  }
}
