package coop.fairshare.ledger;

/** Where a posting comes from; with the source reference it says which sale, payment or claim. */
public enum EntrySource {
  SALE,
  PAYMENT,
  REFUND,
  SAVINGS,
  WELFARE,
  MANUAL,
  REVERSAL
}
