package coop.fairshare.ledger;

/** Whose an account is: the cooperative's own, one member's, or one producer group's. */
public enum OwnerKind {
  NONE,
  MEMBER,
  GROUP
}
