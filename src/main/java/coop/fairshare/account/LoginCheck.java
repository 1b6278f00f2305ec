package coop.fairshare.account;

import java.time.Instant;

/** What a password check found. */
public sealed interface LoginCheck {

  record Valid(String username, Role role) implements LoginCheck {}

  record WrongCredentials() implements LoginCheck {}

  record Locked(Instant until) implements LoginCheck {}
}
