package coop.fairshare.payment;

import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What Stripe says against what the ledger says, for the treasurer who closes the month: the money
 * Stripe took, kept as fees, gave back and paid out, the Stripe clearing balance those add up to
 * beside the ledger's, and what does not match (a payment whose fee is not posted, a refund that
 * failed, a slip waiting).
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class Reconciliation {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @EJB
  private PaymentSlips slips;

  /** One Stripe payment, as Stripe last told it. */
  public record StripeLine(String reference, String intentId, String method, Money amount, String status, Money fee, boolean feePosted, Instant at)
      implements Serializable {
    public boolean unmatched() {
      return "succeeded".equals(status) && (fee == null || !feePosted);
    }
  }

  /** A refund through Stripe and its state. */
  public record RefundLine(String intentId, String refundId, Money amount, String status, String reason, Instant at) implements Serializable {
    public boolean unmatched() {
      return "failed".equals(status) || "canceled".equals(status);
    }
  }

  /** The month's picture: totals, Stripe clearing as these add up and as the ledger has it, and the lists. */
  public record Picture(Money taken, Money fees, Money refunded, Money paidOut, Money clearingExpected, Money clearingInLedger, List<StripeLine> payments,
      List<RefundLine> refunds, int slipsWaiting) implements Serializable {

    /** Stripe clearing in the ledger is what Stripe's own figures add up to. */
    public boolean clearingAgrees() {
      return clearingExpected.equals(clearingInLedger);
    }

    public long unmatchedCount() {
      return payments.stream().filter(StripeLine::unmatched).count() + refunds.stream().filter(RefundLine::unmatched).count();
    }
  }

  public Picture now() {
    List<Object[]> rows = em.createNativeQuery("SELECT reference, intent_id, method, amount_satang, status, fee_satang, updated_at FROM stripe_payment ORDER BY id DESC LIMIT 200")
        .getResultList();
    List<StripeLine> payments = rows.stream().map(r -> {
      String intent = (String) r[1];
      return new StripeLine((String) r[0], intent, (String) r[2], money(r[3]), (String) r[4], r[5] == null ? null : money(r[5]),
          ledger.entryIdByKey("stripe-fee-" + intent).isPresent(), ((Timestamp) r[6]).toInstant());
    }).toList();
    List<Object[]> refundRows = em.createNativeQuery("SELECT intent_id, refund_id, amount_satang, status, reason, created_at FROM stripe_refund ORDER BY id DESC LIMIT 200")
        .getResultList();
    List<RefundLine> refunds = refundRows.stream().map(r -> new RefundLine((String) r[0], (String) r[1], money(r[2]), (String) r[3], (String) r[4],
        ((Timestamp) r[5]).toInstant())).toList();
    Money taken = sum("SELECT COALESCE(SUM(amount_satang), 0) FROM stripe_payment WHERE status = 'succeeded'");
    Money fees = sum("SELECT COALESCE(SUM(fee_satang), 0) FROM stripe_payment WHERE status = 'succeeded'");
    Money refunded = sum("SELECT COALESCE(SUM(amount_satang), 0) FROM stripe_refund WHERE status IN ('succeeded', 'pending')");
    Money paidOut = sum("SELECT COALESCE(SUM(amount_satang), 0) FROM stripe_payout WHERE status = 'paid'");
    Money expected = taken.minus(fees).minus(refunded).minus(paidOut);
    Money inLedger = ledger.balance(ledger.account(LedgerAccounts.CARD_CLEARING).id()).map(b -> b.balance()).orElse(Money.ZERO);
    return new Picture(taken, fees, refunded, paidOut, expected, inLedger, payments, refunds, slips.waiting().size());
  }

  private Money sum(String sql) {
    return money(em.createNativeQuery(sql).getSingleResult());
  }

  private static Money money(Object value) {
    return Money.ofSatang(((Number) value).longValue());
  }
}
