package coop.fairshare.savings;

import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A withdrawal above its product's limit, waiting for a second treasurer: the one who proposed it
 * may not decide it (here and in the database's check), and it is decided once.
 */
@Entity
@Table(name = "savings_withdrawal_proposal")
public class WithdrawalProposal {

  public enum Status {
    PROPOSED,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "amount_satang", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "value_date", nullable = false, updatable = false)
  private LocalDate valueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false)
  private MoneyMethod method;

  @Column(name = "receipt_no", nullable = false, updatable = false)
  private String receiptNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "transaction_id")
  private Long transactionId;

  @Version
  @Column(name = "version")
  private long version;

  protected WithdrawalProposal() {}

  WithdrawalProposal(long accountId, Money amount, LocalDate valueDate, MoneyMethod method, String receiptNo, String proposedBy, Instant at) {
    this.accountId = accountId;
    this.amount = amount;
    this.valueDate = valueDate;
    this.method = method;
    this.receiptNo = receiptNo;
    this.status = Status.PROPOSED;
    this.proposedBy = proposedBy;
    this.proposedAt = at;
  }

  private void decide(Status to, String by, Instant at) {
    if (status != Status.PROPOSED) {
      throw new BusinessRuleViolation("savings.proposal.decided");
    }
    if (by.equals(proposedBy)) {
      throw new BusinessRuleViolation("savings.proposal.sameTreasurer");
    }
    status = to;
    decidedBy = by;
    decidedAt = at;
  }

  /** A second treasurer approves; the caller then pays it out as a withdrawal and records it here. */
  void approve(String by, Instant at) {
    decide(Status.APPROVED, by, at);
  }

  void paidBy(long transactionId) {
    this.transactionId = transactionId;
  }

  void reject(String by, Instant at) {
    decide(Status.REJECTED, by, at);
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
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

  public Status status() {
    return status;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }
}
