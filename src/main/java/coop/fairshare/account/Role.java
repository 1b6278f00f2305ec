package coop.fairshare.account;

import coop.fairshare.shared.security.Roles;

/** Who a person is to Fairshare; each account has exactly one (a producer linked to a member is a MEMBER too, see {@link AccountIdentityStore}). */
public enum Role {
  SHOPPER(Roles.SHOPPER),
  PRODUCER(Roles.PRODUCER),
  TREASURER(Roles.TREASURER),
  ADMIN(Roles.ADMIN),
  MEMBER(Roles.MEMBER);

  private final String groupName;

  Role(String groupName) {
    this.groupName = groupName;
  }

  /** The security group the container maps to the role of the same name. */
  public String groupName() {
    return groupName;
  }
}
