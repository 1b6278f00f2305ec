package coop.fairshare.mail;

import coop.fairshare.shared.BusinessRuleViolation;

/** Only a failed or held mail is sent again, and only when a mail server is configured. */
public class MailNotResendable extends BusinessRuleViolation {

  private static final long serialVersionUID = 1L;

  public MailNotResendable(MailState state) {
    super("mail.notResendable", state.name());
  }
}
