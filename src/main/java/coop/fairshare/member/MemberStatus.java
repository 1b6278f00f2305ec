package coop.fairshare.member;

/** Where a member stands with her group. */
public enum MemberStatus {
  ACTIVE,
  INACTIVE,
  RESIGNED,
  DECEASED
}
