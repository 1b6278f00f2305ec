package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
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
import java.util.Optional;

/**
 * A member's claim on the fund: what happened, what the scheme in force on the day grants, and
 * its way through two approvals to payment. Two different people approve it, neither of them the
 * one who submitted it; the database's checks say the same. A rejection always carries the reason
 * the member will read.
 */
@Entity
@Table(name = "welfare_claim")
public class WelfareClaim {

  static final int MOST_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "benefit", nullable = false, updatable = false)
  private Benefit benefit;

  @Column(name = "event_date", nullable = false, updatable = false)
  private LocalDate eventDate;

  @Column(name = "nights", nullable = false, updatable = false)
  private int nights;

  @Column(name = "children", nullable = false, updatable = false)
  private int children;

  @Column(name = "requested_satang", updatable = false)
  private Money requested;

  @Column(name = "amount_satang", nullable = false)
  private Money amount;

  @Column(name = "scheme_from", nullable = false, updatable = false)
  private LocalDate schemeFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private ClaimState state;

  @Column(name = "note")
  private String note;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "first_approver")
  private String firstApprover;

  @Column(name = "first_approved_at")
  private Instant firstApprovedAt;

  @Column(name = "second_approver")
  private String secondApprover;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "rejected_by")
  private String rejectedBy;

  @Column(name = "rejected_at")
  private Instant rejectedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "payout_entry_id")
  private Long payoutEntryId;

  @Version
  @Column(name = "version")
  private long version;

  protected WelfareClaim() {}

  /** A claim as the scheme judged it; one the scheme refuses is never stored. */
  WelfareClaim(long memberId, ClaimFacts facts, Assessment assessment, LocalDate schemeFrom, String note, String submittedBy, Instant now) {
    if (!assessment.eligible()) {
      throw new IllegalStateException("an ineligible claim is refused before it is made");
    }
    this.memberId = memberId;
    this.benefit = facts.benefit();
    this.eventDate = facts.eventDate();
    this.nights = facts.nights();
    this.children = facts.children();
    this.requested = facts.requested();
    this.amount = assessment.amount();
    this.schemeFrom = schemeFrom;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.state = ClaimState.WAITING_FIRST;
  }

  /**
   * The first approval, by anyone but the one who submitted it. For a disaster the approver sets
   * the amount, at most what the scheme allows (the amount assessed); otherwise it stays as assessed.
   */
  public void approveFirst(String approver, Money disasterAmount, Instant now) {
    requireState(ClaimState.WAITING_FIRST);
    if (approver.equals(submittedBy)) {
      throw new BusinessRuleViolation("welfare.claim.approve.ownClaim");
    }
    if (benefit == Benefit.DISASTER && disasterAmount != null) {
      if (!disasterAmount.isPositive() || disasterAmount.compareTo(amount) > 0) {
        throw new BadInput("welfare.claim.approve.disasterAmount", amount.toBaht()).on("amount");
      }
      amount = disasterAmount;
    }
    firstApprover = approver;
    firstApprovedAt = now;
    state = ClaimState.WAITING_SECOND;
  }

  /** The second approval, by a third person: the claim joins the payout queue in this moment's order. */
  public void approveSecond(String approver, Instant now) {
    requireState(ClaimState.WAITING_SECOND);
    if (approver.equals(submittedBy)) {
      throw new BusinessRuleViolation("welfare.claim.approve.ownClaim");
    }
    if (approver.equals(firstApprover)) {
      throw new BusinessRuleViolation("welfare.claim.approve.twice");
    }
    secondApprover = approver;
    approvedAt = now;
    state = ClaimState.QUEUED;
  }

  /** A rejection while it waits for an approval, with the reason the member reads. */
  public void reject(String by, String reason, Instant now) {
    if (!state.isOpen()) {
      throw new BusinessRuleViolation("welfare.claim.state." + state.name());
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new BadInput("welfare.claim.reject.reason").on("reason");
    }
    if (why.length() > MOST_REASON) {
      throw new BadInput("welfare.claim.reject.reasonLong", MOST_REASON).on("reason");
    }
    rejectedBy = by;
    rejectedAt = now;
    rejectionReason = why;
    state = ClaimState.REJECTED;
  }

  /** Paid by the payout entry; only a queued claim is paid, once. */
  void paid(long entryId, Instant now) {
    requireState(ClaimState.QUEUED);
    payoutEntryId = entryId;
    paidAt = now;
    state = ClaimState.PAID;
  }

  private void requireState(ClaimState expected) {
    if (state != expected) {
      throw new BusinessRuleViolation("welfare.claim.state." + state.name());
    }
  }

  /** The facts as submitted, for reading back. */
  public ClaimFacts facts() {
    return new ClaimFacts(benefit, eventDate, nights, children, requested);
  }

  public Long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public Benefit benefit() {
    return benefit;
  }

  public LocalDate eventDate() {
    return eventDate;
  }

  public int nights() {
    return nights;
  }

  public int children() {
    return children;
  }

  public Optional<Money> requested() {
    return Optional.ofNullable(requested);
  }

  public Money amount() {
    return amount;
  }

  public LocalDate schemeFrom() {
    return schemeFrom;
  }

  public ClaimState state() {
    return state;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Optional<String> firstApprover() {
    return Optional.ofNullable(firstApprover);
  }

  public Optional<String> secondApprover() {
    return Optional.ofNullable(secondApprover);
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt);
  }

  public Optional<String> rejectedBy() {
    return Optional.ofNullable(rejectedBy);
  }

  public Optional<String> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  public Optional<Long> payoutEntryId() {
    return Optional.ofNullable(payoutEntryId);
  }
}
