package coop.fairshare.savings;

/** Open takes deposits and withdrawals; frozen takes nothing until a treasurer opens it again; closed is paid out. */
public enum SavingsAccountStatus {
  OPEN,
  FROZEN,
  CLOSED
}
