package coop.fairshare.account;

import java.io.Serializable;

/** Who is calling, as the services need to know it: small enough to keep in a session. */
public record CallerAccount(long id, String username, String displayName, String email, Role role, Long groupId) implements Serializable {

  public boolean isProducer() {
    return role == Role.PRODUCER;
  }
}
