package coop.fairshare.welfare;

/** Where a claim is: waiting for its first or second approval, approved and waiting for money, paid, or rejected. */
public enum ClaimState {
  WAITING_FIRST,
  WAITING_SECOND,
  /** Approved twice; paid in approval order as soon as the fund holds its amount. */
  QUEUED,
  PAID,
  REJECTED;

  public boolean isOpen() {
    return this == WAITING_FIRST || this == WAITING_SECOND;
  }

  /** Claims that count against a yearly cap or a once-only benefit: all but the rejected. */
  public boolean counts() {
    return this != REJECTED;
  }
}
