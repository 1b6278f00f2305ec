package coop.fairshare.account;

import java.io.Serializable;

/**
 * Who is calling, as the services need to know it: small enough to keep in a session. {@code memberId}
 * is the member the login belongs to (a member's own login, or a producer who is a member), else
 * {@code null}: whose savings and earnings the caller may see.
 */
public record CallerAccount(long id, String username, String displayName, String email, Role role, Long groupId, Long memberId) implements Serializable {

  public boolean isProducer() {
    return role == Role.PRODUCER;
  }

  /** Her login belongs to a member: she signs in as that member too. */
  public boolean isMember() {
    return memberId != null;
  }
}
