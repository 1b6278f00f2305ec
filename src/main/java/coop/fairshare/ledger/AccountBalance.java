package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/** An account's debits and credits so far, and its balance on its normal side. */
public record AccountBalance(LedgerAccount account, Money debits, Money credits) implements Serializable {

  public Money balance() {
    return account.type().growsWithDebits() ? debits.minus(credits) : credits.minus(debits);
  }
}
