package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.ReceiptNo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A grant to the welfare fund (a matching grant from a public body, say) as a treasurer recorded
 * it: who gave it, how much, the day it came in, and its reference, under which it is posted once.
 */
@Entity
@Table(name = "welfare_grant")
public class WelfareGrant {

  static final int GRANTOR_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "grantor", nullable = false, updatable = false)
  private String grantor;

  @Column(name = "amount_satang", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false)
  private MoneyMethod method;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WelfareGrant() {}

  /** A grant as received: a grantor named, more than nothing, not from a day still to come, with a reference like a receipt's. */
  WelfareGrant(String grantor, Money amount, LocalDate receivedOn, String reference, MoneyMethod method, LocalDate today, String createdBy, Instant now) {
    if (grantor == null || grantor.isBlank()) {
      throw new BadInput("welfare.grant.grantor").on("grantor");
    }
    if (grantor.strip().length() > GRANTOR_LENGTH) {
      throw new BadInput("welfare.grant.grantorLong", GRANTOR_LENGTH).on("grantor");
    }
    if (amount == null || !amount.isPositive()) {
      throw new BadInput("welfare.grant.amount").on("amount");
    }
    if (receivedOn == null) {
      throw new BadInput("welfare.grant.receivedOn").on("receivedOn");
    }
    if (receivedOn.isAfter(today)) {
      throw new BadInput("welfare.grant.future").on("receivedOn");
    }
    try {
      this.reference = new ReceiptNo(reference).value();
    } catch (BusinessRuleViolation refused) {
      throw refused.on("reference");
    }
    this.grantor = grantor.strip();
    this.amount = amount;
    this.receivedOn = receivedOn;
    this.method = method == null ? MoneyMethod.TRANSFER : method;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void postedAs(long entryId) {
    this.journalEntryId = entryId;
  }

  public Long id() {
    return id;
  }

  public String grantor() {
    return grantor;
  }

  public Money amount() {
    return amount;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public String reference() {
    return reference;
  }

  public MoneyMethod method() {
    return method;
  }

  public Long journalEntryId() {
    return journalEntryId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
