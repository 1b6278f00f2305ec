package coop.fairshare.ledger;

import coop.fairshare.shared.Money;

/** Debits and credits differ: no such entry may exist. */
public class UnbalancedEntry extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public UnbalancedEntry(Money debits, Money credits) {
    super("debits " + debits + " do not equal credits " + credits);
  }
}
