package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.List;

/** Every account's debits and credits; the two totals are equal or the books are broken. */
public record TrialBalance(List<AccountBalance> accounts) implements Serializable {

  public TrialBalance {
    accounts = List.copyOf(accounts);
  }

  public Money totalDebits() {
    return accounts.stream().map(AccountBalance::debits).reduce(Money.ZERO, Money::plus);
  }

  public Money totalCredits() {
    return accounts.stream().map(AccountBalance::credits).reduce(Money.ZERO, Money::plus);
  }

  public boolean balances() {
    return totalDebits().equals(totalCredits());
  }
}
