package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import jakarta.ejb.ApplicationException;

/** Debits and credits differ: no such entry may exist. */
@ApplicationException(rollback = true)
public class UnbalancedEntry extends BadInput {

  private static final long serialVersionUID = 1L;

  public UnbalancedEntry(Money debits, Money credits) {
    super("ledger.entry.unbalanced", debits, credits);
  }
}
