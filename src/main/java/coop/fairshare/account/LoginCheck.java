package coop.fairshare.account;

/**
 * What a password check found. Every failure (no such user, wrong password, too many tries) is the
 * same {@link Refused}, so nobody learns which usernames exist or which accounts are being slowed.
 */
public sealed interface LoginCheck {

  record Valid(String username, Role role) implements LoginCheck {}

  record Refused() implements LoginCheck {}
}
