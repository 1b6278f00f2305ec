package coop.fairshare.payment;

/** Who is paid: a maker (a member) or a producer group. */
public enum PayeeKind {
  MEMBER,
  GROUP
}
