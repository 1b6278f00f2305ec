package coop.fairshare.ledger;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A manual entry or adjustment proposed by one treasurer. It is posted only when a second,
 * different treasurer approves it (maker-checker); until then the ledger does not know it.
 */
@Entity
@Table(name = "manual_entry_proposal")
public class ManualEntryProposal {

  /** Where a proposal stands. */
  public enum Status {
    PROPOSED,
    APPROVED,
    REJECTED
  }

  /** One proposed line. */
  @Embeddable
  public static class Line {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "side", nullable = false)
    private String side;

    @Column(name = "amount_satang", nullable = false)
    private long amountSatang;

    protected Line() {}

    Line(PostingLine line) {
      this.accountId = line.accountId();
      this.side = line.side().code();
      this.amountSatang = line.amount().satang();
    }

    PostingLine toPosting() {
      return new PostingLine(accountId, Side.of(side), Money.ofSatang(amountSatang));
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "entry_date", nullable = false)
  private LocalDate entryDate;

  @Column(name = "description", nullable = false)
  private String description;

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

  @Column(name = "posted_entry_id")
  private Long postedEntryId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "manual_entry_proposal_line", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "line_no")
  private List<Line> lines = new ArrayList<>();

  @Version
  @Column(name = "version")
  private long version;

  protected ManualEntryProposal() {}

  /** The draft must already be a valid entry: balanced, positive lines, a description. */
  public ManualEntryProposal(LocalDate entryDate, String description, List<PostingLine> lines, String proposedBy, Instant now) {
    JournalEntry draft = new JournalEntry(entryDate, description, EntrySource.MANUAL, "proposal", "draft", null, proposedBy, lines);
    this.entryDate = draft.date();
    this.description = draft.description();
    this.proposedBy = draft.createdBy();
    this.proposedAt = Objects.requireNonNull(now, "now");
    this.status = Status.PROPOSED;
    draft.lines().forEach(l -> this.lines.add(new Line(l)));
  }

  /** The entry a second treasurer's approval posts; refused to the proposer herself. */
  public JournalEntry approve(String checker, Instant now) {
    decide(checker, now);
    status = Status.APPROVED;
    // the entry is written by the checker; the reference keeps the proposer (both fit their columns)
    return new JournalEntry(entryDate, description, EntrySource.MANUAL, "proposal:" + id + ":" + proposedBy, "manual-proposal-" + id, null,
        checker, lines.stream().map(Line::toPosting).toList());
  }

  public void reject(String checker, Instant now) {
    decide(checker, now);
    status = Status.REJECTED;
  }

  void recordPosting(long entryId) {
    this.postedEntryId = entryId;
  }

  private void decide(String checker, Instant now) {
    if (status != Status.PROPOSED) {
      throw new BusinessRuleViolation("ledger.manual.alreadyDecided", id);
    }
    if (checker == null || checker.equals(proposedBy)) {
      throw new BusinessRuleViolation("ledger.manual.sameTreasurer");
    }
    this.decidedBy = checker;
    this.decidedAt = Objects.requireNonNull(now, "now");
  }

  public Long id() {
    return id;
  }

  public LocalDate entryDate() {
    return entryDate;
  }

  public String description() {
    return description;
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

  public Long postedEntryId() {
    return postedEntryId;
  }

  public List<PostingLine> lines() {
    return lines.stream().map(Line::toPosting).toList();
  }

  public Money total() {
    return lines().stream().filter(l -> l.side() == Side.DEBIT).map(PostingLine::amount).reduce(Money.ZERO, Money::plus);
  }
}
