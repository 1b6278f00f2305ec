package coop.fairshare.payment;

import java.io.Serializable;
import java.time.Instant;

/** A payee and where she is paid, masked: what pages and the API show. */
public record PayeeView(Payee payee, String name, PayoutMethod method, String bank, String masked, String accountName, String updatedBy, Instant updatedAt)
    implements Serializable {

  static PayeeView of(PayeeDetail detail, String name) {
    PayeeAccount a = detail.account();
    return new PayeeView(detail.payee(), name, a.method(), a.bank() == null ? null : a.bank().name(), a.masked(), a.accountName(), detail.updatedBy(), detail.updatedAt());
  }

  /** "KBANK xxx-x-x6789-x" or "PromptPay xxxxxx5678". */
  public String where() {
    return (bank == null ? "PromptPay" : bank) + " " + masked;
  }
}
