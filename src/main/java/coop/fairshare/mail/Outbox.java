package coop.fairshare.mail;

import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox: a mail is queued in the transaction of the change it tells of (so it exists exactly
 * when that change commits) and handed to {@link OutboxDelivery} once the transaction has
 * committed, never before: the business transaction never waits for a mail server. The same
 * idempotency key queues one mail, however often it is asked. Admins read the outbox.
 */
@Stateless
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @PersistenceContext
  private EntityManager em;

  @Resource
  private TransactionSynchronizationRegistry transactions;

  @Resource
  private ManagedExecutorService executor;

  @EJB
  private OutboxDelivery delivery;

  private final Clock clock = Clock.systemUTC();

  /**
   * Queues a mail in the caller's transaction (there must be one); sent promptly after it commits,
   * or held when no mail server is configured. A key already queued changes nothing.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void queue(MailMessage message) {
    if (idOf(message.idempotencyKey()).isPresent()) {
      return;
    }
    Instant now = clock.instant();
    OutboxMail mail = new OutboxMail(message, !delivery.sends(), now);
    // INSERT IGNORE: a concurrent transaction queuing the same key leaves this one's change intact
    // (a duplicate key would otherwise fail the whole business transaction over a mail)
    int inserted = em.createNativeQuery("""
        INSERT IGNORE INTO mail_outbox (idempotency_key, kind, reference, recipient, lang, subject, body_text, body_html, state, attempts, next_attempt_at, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
        .setParameter(1, mail.idempotencyKey()).setParameter(2, mail.kind()).setParameter(3, mail.reference()).setParameter(4, mail.recipient())
        .setParameter(5, mail.language()).setParameter(6, mail.subject()).setParameter(7, mail.text()).setParameter(8, mail.html().orElse(null))
        .setParameter(9, mail.state().name()).setParameter(10, Timestamp.from(now)).setParameter(11, Timestamp.from(now)).executeUpdate();
    if (inserted == 0 || mail.state() != MailState.QUEUED) {
      return;
    }
    long id = idOf(message.idempotencyKey()).orElseThrow();
    transactions.registerInterposedSynchronization(new SendAfterCommit(id));
  }

  /** Hands the mail to a sender thread once the transaction that queued it has committed. */
  private final class SendAfterCommit implements Synchronization {
    private final long id;

    SendAfterCommit(long id) {
      this.id = id;
    }

    @Override
    public void beforeCompletion() {
      // nothing to do before the commit
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      try {
        executor.execute(() -> delivery.deliver(id));
      } catch (RuntimeException e) {
        // the executor refused (shutting down, full): the retry sweep sends it
        LOG.log(Level.INFO, "mail " + id + " is left for the retry sweep", e);
      }
    }
  }

  /** Whether mails are sent at all: a mail server is configured. */
  @PermitAll
  public boolean sends() {
    return delivery.sends();
  }

  /** The ids of mails due now, oldest due first (a plain read: each is claimed in a transaction of its own). */
  @PermitAll
  public List<Long> due(int batch) {
    Timestamp now = Timestamp.from(clock.instant());
    List<?> ids = em.createNativeQuery("""
        SELECT id FROM mail_outbox
        WHERE (state = 'QUEUED' AND next_attempt_at <= ?) OR (state = 'SENDING' AND lease_until <= ?)
        ORDER BY next_attempt_at, id LIMIT ?""").setParameter(1, now).setParameter(2, now).setParameter(3, Math.max(1, Math.min(batch, 200))).getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * Takes one due mail for one try, in a short transaction of its own: locked by primary key and
   * skipped if another sender holds it, then marked sending under a lease, so every instance may
   * sweep and each mail is tried by one at a time. Empty when it is not (or no longer) due.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<OutboxMail> claim(long id, Duration lease) {
    List<?> locked = em.createNativeQuery("SELECT id FROM mail_outbox WHERE id = ? FOR UPDATE SKIP LOCKED").setParameter(1, id).getResultList();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    OutboxMail mail = em.find(OutboxMail.class, id);
    Instant now = clock.instant();
    if (mail == null || !mail.isDue(now)) {
      return Optional.empty();
    }
    mail.claim(now, lease);
    return Optional.of(mail);
  }

  /** The mail server took it. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSent(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail != null && mail.state() == MailState.SENDING) {
      mail.sent(clock.instant());
    }
  }

  /** This try failed: tried again after the backoff, or failed for good after the last try. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public MailState recordFailure(long id, String error, Backoff backoff) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null || mail.state() != MailState.SENDING) {
      return mail == null ? MailState.FAILED : mail.state();
    }
    mail.attemptFailed(error, backoff, clock.instant());
    return mail.state();
  }

  /** The newest mails first, a page at a time. */
  @RolesAllowed(Roles.ADMIN)
  public Page<OutboxMail> recent(int page, int size) {
    int first = Page.firstRow(page, size);
    List<OutboxMail> mails = em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class).setFirstResult(first).setMaxResults(size).getResultList();
    long total = em.createQuery("SELECT COUNT(m) FROM OutboxMail m", Long.class).getSingleResult();
    return new Page<>(mails, page, size, total);
  }

  @RolesAllowed(Roles.ADMIN)
  public OutboxMail one(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new NotFound("mail", id);
    }
    return mail;
  }

  /** An admin sends a failed or held mail again (a held one only once a mail server is configured). */
  @RolesAllowed(Roles.ADMIN)
  public OutboxMail sendAgain(long id) {
    List<?> locked = em.createNativeQuery("SELECT id FROM mail_outbox WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList();
    if (locked.isEmpty()) {
      throw new NotFound("mail", id);
    }
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (!delivery.sends() || !mail.state().canBecome(MailState.QUEUED) || mail.state() == MailState.SENDING) {
      throw new MailNotResendable(mail.state());
    }
    mail.queueAgain(clock.instant());
    transactions.registerInterposedSynchronization(new SendAfterCommit(id));
    return mail;
  }

  private Optional<Long> idOf(String key) {
    List<?> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE idempotency_key = ?").setParameter(1, key).getResultList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
  }
}
