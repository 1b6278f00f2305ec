package coop.fairshare.split;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sold line's split, stored as it was computed at the sale: amounts per recipient and the rule
 * version used. Later rule changes never rewrite it. Posted to the ledger once.
 */
@Entity
@Table(name = "sale_split")
public class SaleSplit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "sale_ref", nullable = false, updatable = false)
  private String saleRef;

  @Column(name = "product_id", nullable = false, updatable = false)
  private long productId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "maker_member_id", updatable = false)
  private Long makerMemberId;

  @Column(name = "rule_id", nullable = false, updatable = false)
  private long ruleId;

  @Column(name = "amount_satang", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "maker_satang", nullable = false, updatable = false)
  private Money maker;

  @Column(name = "maker_savings_satang", nullable = false, updatable = false)
  private Money makerSavings;

  @Column(name = "group_satang", nullable = false, updatable = false)
  private Money group;

  @Column(name = "coop_satang", nullable = false, updatable = false)
  private Money coop;

  @Column(name = "welfare_satang", nullable = false, updatable = false)
  private Money welfare;

  @Column(name = "fee_satang", nullable = false, updatable = false)
  private Money fee;

  @Column(name = "posted_entry_id")
  private Long postedEntryId;

  /** The posted entry's date: a group's sales of a period are read by it (group_id, posted_on). */
  @Column(name = "posted_on")
  private LocalDate postedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SaleSplit() {}

  public SaleSplit(String saleRef, long productId, long groupId, Long makerMemberId, long ruleId, SplitAllocation allocation, Instant now) {
    if (saleRef == null || saleRef.isBlank() || saleRef.length() > 100) {
      throw new BadInput("split.saleRef.invalid").on("saleRef");
    }
    this.saleRef = saleRef;
    this.productId = productId;
    this.groupId = groupId;
    this.makerMemberId = makerMemberId;
    this.ruleId = ruleId;
    this.amount = allocation.amount();
    this.maker = allocation.maker();
    this.makerSavings = allocation.makerSavings();
    this.group = allocation.group();
    this.coop = allocation.coop();
    this.welfare = allocation.welfare();
    this.fee = allocation.fee();
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public SplitAllocation allocation() {
    return new SplitAllocation(amount, maker, makerSavings, group, coop, welfare, fee);
  }

  public boolean isPosted() {
    return postedEntryId != null;
  }

  void markPosted(long entryId, LocalDate on) {
    if (postedEntryId != null && postedEntryId != entryId) {
      throw new IllegalStateException("sale split " + saleRef + " is already posted as entry " + postedEntryId);
    }
    this.postedEntryId = entryId;
    this.postedOn = Objects.requireNonNull(on, "on");
  }

  public Long id() {
    return id;
  }

  public String saleRef() {
    return saleRef;
  }

  public long productId() {
    return productId;
  }

  public long groupId() {
    return groupId;
  }

  public Long makerMemberId() {
    return makerMemberId;
  }

  public long ruleId() {
    return ruleId;
  }

  public Long postedEntryId() {
    return postedEntryId;
  }
}
