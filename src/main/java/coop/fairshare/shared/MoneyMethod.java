package coop.fairshare.shared;

/** How money came in or went out at the treasurer's desk. */
public enum MoneyMethod {
  CASH,
  TRANSFER
}
