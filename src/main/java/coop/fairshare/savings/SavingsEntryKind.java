package coop.fairshare.savings;

/** What one line of a savings account's passbook is. */
public enum SavingsEntryKind {
  /** Cash or a transfer a treasurer took in. */
  DEPOSIT,
  /** Money paid out to the member. */
  WITHDRAWAL,
  /** Interest the cooperative added for a posting period. */
  INTEREST,
  /** The savings part of a sale of something she made. */
  SALE,
  /** The balance paid out when the account was closed. */
  CLOSING,
  /** A treasurer's correction (a reversal of a mistaken entry). */
  CORRECTION
}
