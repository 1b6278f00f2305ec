package coop.fairshare.ledger;

/** The five kinds of account; assets and expenses grow with debits, the rest with credits. */
public enum AccountType {
  ASSET,
  LIABILITY,
  EQUITY,
  INCOME,
  EXPENSE;

  public boolean growsWithDebits() {
    return this == ASSET || this == EXPENSE;
  }
}
