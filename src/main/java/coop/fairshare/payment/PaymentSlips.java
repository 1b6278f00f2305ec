package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Slips of transfers to the cooperative (its own PromptPay QR or its bank account): kept with the
 * reference they pay and the amount due, until a treasurer matches one with the statement and
 * confirms it or rejects it with a reason. The caller (the order) decides who may send one and
 * locks what it pays first (LockOrder: the order, then its slips).
 */
@Stateless
public class PaymentSlips {

  private static final String COLUMNS = "id, reference, amount_satang, content_type, size_bytes, state, reason, uploaded_at, decided_by";

  @PersistenceContext
  private EntityManager em;

  /** Keeps a slip for a reference; at most five wait at once for one reference, so nobody fills the disk. */
  @PermitAll
  public PaymentSlip keep(String reference, Money amountDue, SlipFile file) {
    Number waiting = (Number) em.createNativeQuery("SELECT COUNT(*) FROM payment_slip WHERE reference = ? AND state = 'WAITING'").setParameter(1, reference)
        .getSingleResult();
    if (waiting.intValue() >= 5) {
      throw new BusinessRuleViolation("payment.slip.tooMany").on("slip");
    }
    em.createNativeQuery("INSERT INTO payment_slip (reference, amount_satang, content_type, size_bytes, content, state) VALUES (?, ?, ?, ?, ?, 'WAITING')")
        .setParameter(1, reference).setParameter(2, amountDue.satang()).setParameter(3, file.contentType()).setParameter(4, file.bytes().length)
        .setParameter(5, file.bytes()).executeUpdate();
    long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    return one(id).orElseThrow();
  }

  /** The slips sent for a reference, newest first (the shopper's order page shows them). */
  // SUPPORTS on a page's reads: called from a page, no transaction of their own (a page saves the
  // three round trips of one per call); called inside a use case, they read in its transaction
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PaymentSlip> of(String reference) {
    return list("SELECT " + COLUMNS + " FROM payment_slip WHERE reference = ? ORDER BY id DESC LIMIT 20", reference);
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PaymentSlip> waiting() {
    return list("SELECT " + COLUMNS + " FROM payment_slip WHERE state = 'WAITING' ORDER BY id LIMIT 500");
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Optional<PaymentSlip> one(long id) {
    List<PaymentSlip> found = list("SELECT " + COLUMNS + " FROM payment_slip WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The slip's file, for the treasurer who matches it. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public SlipFile file(long id) {
    List<?> rows = em.createNativeQuery("SELECT content_type, content FROM payment_slip WHERE id = ?").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("slip", id);
    }
    Object[] row = (Object[]) rows.get(0);
    return new SlipFile((String) row[0], (byte[]) row[1]);
  }

  /** The slip a treasurer decides on, locked (after the order it pays: LockOrder). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public PaymentSlip lockedWaiting(long id) {
    List<?> rows = em.createNativeQuery("SELECT state FROM payment_slip WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("slip", id);
    }
    if (!"WAITING".equals(rows.get(0))) {
      throw new BusinessRuleViolation("payment.slip.decided");
    }
    return one(id).orElseThrow();
  }

  /** The reference a slip pays, read plainly: it never changes, so the caller can lock what it pays first. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public String referenceOf(long id) {
    List<?> rows = em.createNativeQuery("SELECT reference FROM payment_slip WHERE id = ?").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("slip", id);
    }
    return (String) rows.get(0);
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public void confirmed(long id, String by) {
    decide(id, "CONFIRMED", null, by);
  }

  /** Its money came, for something paid already: it is hers to have back (the ledger holds it as money to return). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public void toReturn(long id, String by) {
    decide(id, "TO_RETURN", null, by);
  }

  /** Rejected with the reason the shopper reads (a wrong amount, an unreadable photo). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public void rejected(long id, String reason, String by) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 200) {
      throw new BadInput("payment.slip.reason").on("reason");
    }
    decide(id, "REJECTED", why, by);
  }

  private void decide(long id, String state, String reason, String by) {
    int changed = em.createNativeQuery("UPDATE payment_slip SET state = ?, reason = ?, decided_by = ?, decided_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND state = 'WAITING'")
        .setParameter(1, state).setParameter(2, reason).setParameter(3, by).setParameter(4, id).executeUpdate();
    if (changed == 0) {
      throw new BusinessRuleViolation("payment.slip.decided");
    }
  }

  private List<PaymentSlip> list(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> new PaymentSlip(((Number) r[0]).longValue(), (String) r[1], Money.ofSatang(((Number) r[2]).longValue()),
        (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (String) r[6], ((Timestamp) r[7]).toInstant(), (String) r[8])).toList();
  }
}
