package coop.fairshare.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One mail in the outbox, from queued to sent (or failed after its last try). Its moves are the
 * legal ones of {@link MailState}; the error of the last failed try is kept for the admin only.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  static final int ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(name = "kind", nullable = false, updatable = false)
  private String kind;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "lang", nullable = false, updatable = false)
  private String language;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "body_text", nullable = false, updatable = false)
  private String text;

  @Column(name = "body_html", updatable = false)
  private String html;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private MailState state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version
  @Column(name = "version")
  private long version;

  protected OutboxMail() {}

  /** A new mail, due at once; held when there is no mail server to send it to. */
  public OutboxMail(MailMessage message, boolean held, Instant now) {
    this.idempotencyKey = message.idempotencyKey();
    this.kind = message.kind();
    this.reference = message.reference();
    this.recipient = message.recipient();
    this.language = message.language();
    this.subject = message.subject();
    this.text = message.text();
    this.html = message.html();
    this.state = held ? MailState.HELD : MailState.QUEUED;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Whether a sender may take it now: queued and due, or sending under a lease that ran out. */
  public boolean isDue(Instant now) {
    return (state == MailState.QUEUED && !nextAttemptAt.isAfter(now)) || (state == MailState.SENDING && leaseUntil != null && !leaseUntil.isAfter(now));
  }

  /** Taken by one sender for one try; no other takes it until the lease is over. */
  public void claim(Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalStateException("mail " + id + " is not due: " + state);
    }
    move(MailState.SENDING);
    this.attempts++;
    this.leaseUntil = now.plus(lease);
  }

  /** The mail server took it. */
  public void sent(Instant now) {
    move(MailState.SENT);
    this.sentAt = now;
    this.leaseUntil = null;
    this.lastError = null;
  }

  /** This try failed: it is tried again later, or after its last try it stays failed. */
  public void attemptFailed(String error, Backoff backoff, Instant now) {
    this.lastError = error == null ? "" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    this.leaseUntil = null;
    Optional<Instant> next = backoff.nextAttempt(attempts, now);
    if (next.isPresent()) {
      move(MailState.QUEUED);
      this.nextAttemptAt = next.get();
    } else {
      move(MailState.FAILED);
    }
  }

  /** An admin asks for a failed or held mail to be sent again, with a fresh count of tries. */
  public void queueAgain(Instant now) {
    move(MailState.QUEUED);
    this.attempts = 0;
    this.nextAttemptAt = now;
  }

  private void move(MailState target) {
    if (!state.canBecome(target)) {
      throw new IllegalStateException("a mail that is " + state + " cannot become " + target);
    }
    this.state = target;
  }

  public Long id() {
    return id;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String kind() {
    return kind;
  }

  public String reference() {
    return reference;
  }

  public String recipient() {
    return recipient;
  }

  public String language() {
    return language;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public Optional<String> html() {
    return Optional.ofNullable(html);
  }

  public MailState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
