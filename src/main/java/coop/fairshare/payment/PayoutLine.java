package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Optional;

/**
 * One payable account's part of a payout run: whose it is, how much, and where the payee is paid
 * as it stood when the run was proposed (what the approver saw is what is exported). A line
 * without details is listed, but not paid by the run: it stays owed.
 */
@Embeddable
public class PayoutLine implements Serializable {

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "account_code", nullable = false)
  private String accountCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "payee_kind", nullable = false)
  private PayeeKind payeeKind;

  @Column(name = "payee_id", nullable = false)
  private long payeeId;

  @Column(name = "payee_name", nullable = false)
  private String payeeName;

  @Column(name = "amount_satang", nullable = false)
  private Money amount;

  @Column(name = "method")
  private String method;

  @Column(name = "bank_code")
  private String bank;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "account_name")
  private String accountName;

  @Column(name = "promptpay_id")
  private String promptPayId;

  protected PayoutLine() {}

  public PayoutLine(long accountId, String accountCode, Payee payee, String payeeName, Money amount, PayeeAccount to) {
    if (amount == null || !amount.isPositive()) {
      throw new IllegalStateException("a payout line pays a positive amount");
    }
    this.accountId = accountId;
    this.accountCode = accountCode;
    this.payeeKind = payee.kind();
    this.payeeId = payee.id();
    this.payeeName = payeeName == null || payeeName.isBlank() ? payee.key() : (payeeName.length() > 200 ? payeeName.substring(0, 200) : payeeName);
    this.amount = amount;
    if (to != null) {
      this.method = to.method().name();
      this.bank = to.bank() == null ? null : to.bank().name();
      this.accountNumber = to.accountNumber();
      this.accountName = to.accountName();
      this.promptPayId = to.promptPayId() == null ? null : to.promptPayId().digits();
    }
  }

  public long accountId() {
    return accountId;
  }

  public String accountCode() {
    return accountCode;
  }

  public Payee payee() {
    return new Payee(payeeKind, payeeId);
  }

  public String payeeName() {
    return payeeName;
  }

  public Money amount() {
    return amount;
  }

  public Optional<PayeeAccount> to() {
    return Optional.ofNullable(PayeeAccount.stored(method, bank, accountNumber, accountName, promptPayId));
  }

  public boolean hasDetails() {
    return method != null;
  }

  /** The table and columns {@link #row} gives values for, in order (the mapping above, with the run's key). */
  static final String TABLE_AND_COLUMNS = "payout_line (run_id, line_no, account_id, account_code, payee_kind, payee_id, payee_name, amount_satang,"
      + " method, bank_code, account_number, account_name, promptpay_id)";

  /** This line as the row of its run's table, where it is the {@code lineNo}th (from 0). */
  Object[] row(long runId, int lineNo) {
    return new Object[] {runId, lineNo, accountId, accountCode, payeeKind.name(), payeeId, payeeName, amount.satang(), method, bank, accountNumber, accountName,
        promptPayId};
  }

  /** For pages: "KBANK xxx-x-x6789-x", or nothing. */
  public String maskedTo() {
    return to().map(a -> a.via() + " " + a.masked()).orElse("");
  }
}
