package coop.fairshare.payment;

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
import java.util.Objects;

/** Where one maker or group is paid, as a treasurer last wrote it. */
@Entity
@Table(name = "payee_detail")
public class PayeeDetail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "payee_kind", nullable = false, updatable = false)
  private PayeeKind payeeKind;

  @Column(name = "payee_id", nullable = false, updatable = false)
  private long payeeId;

  @Column(name = "method", nullable = false)
  private String method;

  @Column(name = "bank_code")
  private String bank;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "account_name")
  private String accountName;

  @Column(name = "promptpay_id")
  private String promptPayId;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected PayeeDetail() {}

  public PayeeDetail(Payee payee, PayeeAccount account, String by, Instant now) {
    this.payeeKind = payee.kind();
    this.payeeId = payee.id();
    change(account, by, now);
  }

  /** New details replace the old ones whole: a bank account never keeps a stale PromptPay ID. */
  public void change(PayeeAccount account, String by, Instant now) {
    Objects.requireNonNull(account, "account");
    this.method = account.method().name();
    this.bank = account.bank() == null ? null : account.bank().name();
    this.accountNumber = account.accountNumber();
    this.accountName = account.accountName();
    this.promptPayId = account.promptPayId() == null ? null : account.promptPayId().digits();
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public Payee payee() {
    return new Payee(payeeKind, payeeId);
  }

  public PayeeAccount account() {
    return PayeeAccount.stored(method, bank, accountNumber, accountName, promptPayId);
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
