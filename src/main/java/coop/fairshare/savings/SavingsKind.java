package coop.fairshare.savings;

/** Whether members save what they like when they like, or promise a fixed amount every month (สัจจะ). */
public enum SavingsKind {
  VOLUNTARY,
  COMPULSORY_MONTHLY
}
