package coop.fairshare.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox's mails: each one promptly after the transaction that queued it commits, and a
 * sweep every minute (the setting {@code fairshare.mail.retrySeconds}) on every instance for those
 * whose try failed or whose sender died. A try claims its mail in a short transaction, talks to the
 * mail server holding no lock, and notes the outcome in another; a failed try waits a doubling time
 * ({@link Backoff}) and after the last the mail stays failed for the admin to see. Without a mail
 * server configured nothing is sent and mails are held.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  /** Longer than a connection, a read and a write may take together, so a live sender keeps its claim. */
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final int BATCH = 50;

  @EJB
  private Outbox outbox;

  @Resource
  private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "fairshare.mail.retrySeconds", defaultValue = "60")
  private int seconds;

  private volatile MailSender sender;
  private Backoff backoff;
  private ScheduledFuture<?> sweeps;

  @PostConstruct
  void start() {
    SmtpSettings settings = SmtpSettings.fromConfig();
    long every = Math.max(1, seconds);
    backoff = Backoff.everyMinuteDoublingToAnHour(Duration.ofSeconds(every));
    if (!settings.configured()) {
      LOG.info("no mail server configured (FAIRSHARE_SMTP_HOST): the shop's mails are held in the outbox for an admin to read");
      return;
    }
    sender = new MailSender(settings);
    LOG.info(() -> "mails go to " + settings + ", tried again every " + every + " s at the earliest");
    // one sweep after another, never two at once on this instance
    sweeps = scheduler.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  /** Whether mails are sent at all (a mail server is configured). */
  public boolean sends() {
    return sender != null;
  }

  /** One try of one mail, if it is due and no other sender holds it; true when the server took it. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean deliver(long id) {
    MailSender current = sender;
    if (current == null) {
      return false;
    }
    Optional<OutboxMail> claimed;
    try {
      claimed = outbox.claim(id, LEASE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "mail " + id + " could not be claimed; the sweep tries again");
      return false;
    }
    if (claimed.isEmpty()) {
      return false;
    }
    OutboxMail mail = claimed.get();
    try {
      current.send(mail);
    } catch (MessagingException | RuntimeException e) {
      MailState after = outbox.recordFailure(id, describe(e), backoff);
      LOG.log(after == MailState.FAILED ? Level.SEVERE : Level.WARNING,
          () -> "mail " + id + " (" + mail.kind() + " " + mail.reference() + ") try " + mail.attempts() + " failed, now " + after + ": " + describe(e));
      return false;
    }
    outbox.recordSent(id);
    return true;
  }

  /** One run of the retry sweep; the number of mails the server took. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sweep() {
    int sent = 0;
    try {
      List<Long> due = outbox.due(BATCH);
      for (Long id : due) {
        if (deliver(id)) {
          sent++;
        }
      }
    } catch (RuntimeException e) {
      // the next run tries again; a failure here must not stop the sweep
      LOG.log(Level.WARNING, "the mail retry sweep failed", e);
    }
    return sent;
  }

  /** What went wrong, for the admin's eyes only: the kind of failure and the server's words. */
  static String describe(Exception e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    Throwable cause = e;
    while (cause != null) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        text.append(": ").append(cause.getMessage().strip());
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
      if (text.length() > OutboxMail.ERROR_LENGTH) {
        break;
      }
    }
    return text.toString();
  }
}
