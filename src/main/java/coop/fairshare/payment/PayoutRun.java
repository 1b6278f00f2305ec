package coop.fairshare.payment;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Paying makers and groups what they are owed for sales up to a day. One treasurer proposes the
 * run (its lines computed from the ledger), a second, different one approves it (the database
 * refuses the proposer too), the transfer file is exported, and marking it paid posts one entry per
 * payee clearing her payable against the bank, once. A line whose payee has no details is listed
 * but not paid: it stays owed for a later run.
 */
@Entity
@Table(name = "payout_run")
@Customizer(PayoutRun.LinesReadOnly.class)
public class PayoutRun {

  /**
   * The lines are written once, when the run is proposed, and never change: JPA would insert a
   * national run's 110,000 one statement each (most of a minute), so the mapping only reads them
   * and {@link #lineRows} gives them to a multi-row insert.
   */
  public static final class LinesReadOnly implements DescriptorCustomizer {
    @Override
    public void customize(ClassDescriptor descriptor) {
      descriptor.getMappingForAttributeName("lines").setIsReadOnly(true);
    }
  }

  /** Where a run stands. */
  public enum Status {
    PROPOSED,
    APPROVED,
    PAID,
    CANCELLED;

    /** Proposed or approved: its lines still hold what they pay, and a treasurer has still to act on them. */
    public boolean pending() {
      return this == PROPOSED || this == APPROVED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "up_to", nullable = false, updatable = false)
  private LocalDate upTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "paid_by")
  private String paidBy;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  // read through the mapping when a run is paid or exported (not to approve or cancel it: 110,000 lines
  // take seconds), written by PayoutRuns a thousand rows a statement (LinesReadOnly)
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "payout_line", joinColumns = @JoinColumn(name = "run_id"))
  @OrderColumn(name = "line_no")
  private List<PayoutLine> lines = new ArrayList<>();

  // kept with the run (V37): its lines never change once proposed, and a view shows these without reading them
  @Column(name = "line_count", nullable = false, updatable = false)
  private int lineCount;

  @Column(name = "total_satang", nullable = false, updatable = false)
  private Money totalKept;

  @Column(name = "transfer_satang", nullable = false, updatable = false)
  private Money transferKept;

  @Column(name = "transfer_count", nullable = false, updatable = false)
  private int transferCount;

  @Column(name = "without_details", nullable = false, updatable = false)
  private int withoutDetailsCount;

  @Version
  @Column(name = "version")
  private long version;

  protected PayoutRun() {}

  public PayoutRun(LocalDate upTo, List<PayoutLine> lines, String proposedBy, Instant now) {
    this.upTo = Objects.requireNonNull(upTo, "upTo");
    if (lines == null || lines.isEmpty()) {
      throw new BusinessRuleViolation("payout.run.nothingOwed", upTo.toString());
    }
    this.lines.addAll(lines);
    this.lineCount = this.lines.size();
    this.totalKept = total();
    this.transferKept = transferTotal();
    this.transferCount = transfers().size();
    this.withoutDetailsCount = withoutDetails().size();
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = Objects.requireNonNull(now, "now");
    this.status = Status.PROPOSED;
  }

  /** A second, different treasurer agrees; a run with nothing it could transfer is not worth approving. */
  public void approve(String approver, Instant now) {
    if (status != Status.PROPOSED) {
      throw new BusinessRuleViolation("payout.run.notProposed", String.valueOf(id));
    }
    if (approver == null || approver.equals(proposedBy)) {
      throw new BusinessRuleViolation("payout.run.sameTreasurer");
    }
    if (transferCount == 0) {
      throw new BusinessRuleViolation("payout.run.noDetails", String.valueOf(id));
    }
    this.status = Status.APPROVED;
    this.approvedBy = approver;
    this.approvedAt = Objects.requireNonNull(now, "now");
  }

  /** Withdrawn before approval: its lines are owed again. */
  public void cancel(String by, Instant now) {
    if (status != Status.PROPOSED) {
      throw new BusinessRuleViolation("payout.run.notProposed", String.valueOf(id));
    }
    this.status = Status.CANCELLED;
    this.cancelledBy = Objects.requireNonNull(by, "by");
    this.cancelledAt = Objects.requireNonNull(now, "now");
  }

  /**
   * The transfers were made: one balanced entry per payee, each of its payable accounts debited
   * and the cooperative's bank credited, under a key per run and payee so it is written once.
   */
  public List<JournalEntry> pay(long bankAccountId, String by, LocalDate on, Instant now) {
    if (status == Status.PAID) {
      throw new BusinessRuleViolation("payout.run.alreadyPaid", String.valueOf(id));
    }
    if (status != Status.APPROVED) {
      throw new BusinessRuleViolation("payout.run.notApproved", String.valueOf(id));
    }
    List<JournalEntry> entries = new ArrayList<>();
    for (PayoutTransfer t : transfers()) {
      List<PostingLine> postings = new ArrayList<>();
      t.lines().forEach(l -> postings.add(PostingLine.debit(l.accountId(), l.amount())));
      postings.add(PostingLine.credit(bankAccountId, t.amount()));
      entries.add(new JournalEntry(on, "Payout run " + id + ": " + t.payeeName() + " (" + t.reference() + ")", EntrySource.PAYMENT, "payout-run:" + id,
          idempotencyKey(t.payee()), null, by, postings));
    }
    this.status = Status.PAID;
    this.paidBy = Objects.requireNonNull(by, "by");
    this.paidOn = Objects.requireNonNull(on, "on");
    this.paidAt = Objects.requireNonNull(now, "now");
    return entries;
  }

  /** The ledger's key for this run's payment to one payee. */
  public String idempotencyKey(Payee payee) {
    return "payout-" + id + "-" + payee.key();
  }

  /** The transfer file, once a second treasurer has approved the run. */
  public byte[] transferFile() {
    if (status != Status.APPROVED && status != Status.PAID) {
      throw new BusinessRuleViolation("payout.run.notApproved", String.valueOf(id));
    }
    return PayoutCsv.of(transfers());
  }

  /** What the run transfers, payee by payee, in the order the lines came. */
  public List<PayoutTransfer> transfers() {
    Map<Payee, List<PayoutLine>> byPayee = new LinkedHashMap<>();
    for (PayoutLine line : lines) {
      if (line.hasDetails()) {
        byPayee.computeIfAbsent(line.payee(), p -> new ArrayList<>()).add(line);
      }
    }
    List<PayoutTransfer> transfers = new ArrayList<>();
    byPayee.forEach((payee, its) -> transfers.add(new PayoutTransfer(payee, its.get(0).payeeName(), its.get(0).to().orElseThrow(),
        its.stream().map(PayoutLine::amount).reduce(Money.ZERO, Money::plus), payee.reference(id == null ? 0 : id), List.copyOf(its))));
    return transfers;
  }

  /** The lines listed but not paid by this run: their payees have no details yet. */
  public List<PayoutLine> withoutDetails() {
    return lines.stream().filter(l -> !l.hasDetails()).toList();
  }

  public Money total() {
    return lines.stream().map(PayoutLine::amount).reduce(Money.ZERO, Money::plus);
  }

  public Money transferTotal() {
    return transfers().stream().map(PayoutTransfer::amount).reduce(Money.ZERO, Money::plus);
  }

  public boolean proposedBy(String user) {
    return proposedBy.equals(user);
  }

  public Long id() {
    return id;
  }

  public LocalDate upTo() {
    return upTo;
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

  public String approvedBy() {
    return approvedBy;
  }

  public String paidBy() {
    return paidBy;
  }

  public LocalDate paidOn() {
    return paidOn;
  }

  /** Its lines as rows of {@code payout_line}, once it has its id (see LinesReadOnly). */
  List<Object[]> lineRows() {
    List<Object[]> rows = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      rows.add(lines.get(i).row(Objects.requireNonNull(id, "a run's lines are written after the run"), i));
    }
    return rows;
  }

  public List<PayoutLine> lines() {
    return List.copyOf(lines);
  }
}
