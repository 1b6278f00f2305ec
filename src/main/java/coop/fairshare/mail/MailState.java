package coop.fairshare.mail;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a mail in the outbox stands. Queued mails are claimed for sending (with a lease), then sent,
 * queued again for a later try, or failed for good after the last try. Held: no mail server is
 * configured, so the mail waits for an admin to read it. An admin may queue a failed or held mail
 * again.
 */
public enum MailState {
  QUEUED, SENDING, SENT, FAILED, HELD;

  public Set<MailState> next() {
    return switch (this) {
      case QUEUED -> EnumSet.of(SENDING);
      // SENDING again: a lease that ran out (its instance died) is claimed anew
      case SENDING -> EnumSet.of(SENT, QUEUED, FAILED, SENDING);
      case FAILED, HELD -> EnumSet.of(QUEUED);
      case SENT -> EnumSet.noneOf(MailState.class);
    };
  }

  public boolean canBecome(MailState target) {
    return next().contains(target);
  }
}
