package coop.fairshare.mail;

import coop.fairshare.shared.BadInput;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A finished mail to queue: to whom, in which language, its subject and plain text (and optionally
 * HTML), what kind of notice it is and what it is about (an order number), and the key under which
 * it is queued once.
 */
public record MailMessage(String recipient, String language, String subject, String text, String html, String kind, String reference, String idempotencyKey) {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,120}");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,39}");

  public MailMessage {
    recipient = Objects.requireNonNull(recipient, "recipient").strip();
    if (recipient.isEmpty() || recipient.length() > 254 || recipient.contains("\n") || recipient.contains("\r") || !recipient.contains("@")) {
      throw new BadInput("mail.recipient.invalid");
    }
    language = "en".equals(language) ? "en" : "th";
    // a subject is one line: a line break would start a header of its own
    subject = Objects.requireNonNull(subject, "subject").replaceAll("[\\r\\n]+", " ").strip();
    if (subject.length() > 255) {
      subject = subject.substring(0, 254) + "…";
    }
    Objects.requireNonNull(text, "text");
    // the checks below catch mistakes of the code composing a mail, never anything a shopper typed
    if (!KIND.matcher(Objects.requireNonNull(kind, "kind")).matches()) {
      throw new IllegalStateException("a mail's kind is a short lower-case word: " + kind);
    }
    reference = Objects.requireNonNull(reference, "reference");
    if (reference.length() > 60) {
      throw new IllegalStateException("a mail's reference has at most 60 characters");
    }
    if (!KEY.matcher(Objects.requireNonNull(idempotencyKey, "idempotencyKey")).matches()) {
      throw new IllegalStateException("an idempotency key is 1-120 letters, digits and . _ : -: " + idempotencyKey);
    }
  }
}
