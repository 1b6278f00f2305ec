package coop.fairshare.account;

/**
 * What a password check found. Every failure (no such user, wrong password, too many tries) is the
 * same {@link Refused}, so nobody learns which usernames exist or which accounts are being slowed.
 */
public sealed interface LoginCheck {

  /** The login's role, and the member it belongs to, if any (then she is a MEMBER too). */
  record Valid(String username, Role role, Long memberId) implements LoginCheck {

    /** The security groups she signs in with: her role, and MEMBER when her login belongs to a member. */
    public java.util.Set<String> groups() {
      return memberId == null || role == Role.MEMBER ? java.util.Set.of(role.groupName()) : java.util.Set.of(role.groupName(), Role.MEMBER.groupName());
    }
  }

  record Refused() implements LoginCheck {}
}
