package coop.fairshare.account;

import java.io.Serializable;

/**
 * What a treasurer types for a member's own login. The password may be left out: the app then makes
 * a strong one, shown to the treasurer once to tell the member.
 */
public record NewMemberLogin(String username, String displayName, String email, String password) implements Serializable {

  @Override
  public String toString() {
    return "NewMemberLogin[" + username + "]";
  }
}
