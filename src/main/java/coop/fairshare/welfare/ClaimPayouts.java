package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Pays approved claims from the welfare fund, in approval order, while the fund holds enough: a
 * claim it cannot cover waits at the head of the queue (later, smaller ones wait behind it) until
 * contributions, sales, donations or grants bring the money in. The fund never goes below zero.
 *
 * <p>LockOrder: the welfare desk's one row first, as the transaction's first statement (an
 * approval takes it before the claim's row), then the ledger. Every payout holds the desk, so the
 * fund's balance read after it already has every earlier payout taken off, and two approvals at the
 * same moment pay one after the other, each against what the other left.
 */
@Stateless
@PermitAll // paying approved claims is no one's decision but the approvals': the sweep runs it too
public class ClaimPayouts {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  /** Pays the queue's head while the fund covers it; the claims paid, in order. */
  public List<Long> payQueue() {
    em.createNativeQuery("SELECT id FROM welfare_desk WHERE id = 1 FOR UPDATE").getResultList();
    long fund = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    long bank = ledger.account(LedgerAccounts.BANK).id();
    Money held = ledger.creditBalances(List.of(fund)).getOrDefault(fund, Money.ZERO);
    List<Long> paid = new ArrayList<>();
    for (WelfareClaim claim : em.createQuery("SELECT c FROM WelfareClaim c WHERE c.state = :s ORDER BY c.approvedAt, c.id", WelfareClaim.class)
        .setParameter("s", ClaimState.QUEUED).getResultList()) {
      if (claim.amount().compareTo(held) > 0) {
        break; // paid in approval order: nothing overtakes the claim at the head
      }
      PostedEntry entry = ledger.post(new JournalEntry(CoopTime.today(), "Welfare claim " + claim.id() + ": " + claim.benefit() + " " + claim.eventDate(), EntrySource.WELFARE,
          "claim-" + claim.id(), "welfare-claim-" + claim.id(), null, "welfare-desk",
          List.of(PostingLine.debit(fund, claim.amount()), PostingLine.credit(bank, claim.amount()))));
      claim.paid(entry.id(), CoopTime.now());
      held = held.minus(claim.amount());
      paid.add(claim.id());
    }
    return paid;
  }

  /** What the fund holds now. */
  public Money fundBalance() {
    long fund = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    return ledger.creditBalances(List.of(fund)).getOrDefault(fund, Money.ZERO);
  }
}
