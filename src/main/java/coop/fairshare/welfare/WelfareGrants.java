package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;

/**
 * Grants to the welfare fund, recorded by a treasurer: each one balanced entry, Dr cash and bank,
 * Cr the welfare fund (3100), posted once under its reference.
 *
 * <p>LockOrder: the grant's row goes in first (a new row under its unique reference), so the same
 * reference sent twice at once waits there holding nothing else; then the ledger.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class WelfareGrants {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @Resource
  private SessionContext session;

  /** Records a grant and posts it to the fund; a reference used before is refused and nothing is posted. */
  public WelfareGrant record(String grantor, Money amount, LocalDate receivedOn, String reference, MoneyMethod method) {
    String by = session.getCallerPrincipal().getName();
    WelfareGrant grant = new WelfareGrant(grantor, amount, receivedOn, reference, method, CoopTime.today(), by, CoopTime.now());
    if (!em.createQuery("SELECT g.id FROM WelfareGrant g WHERE g.reference = :r", Long.class).setParameter("r", grant.reference()).getResultList().isEmpty()) {
      throw new BusinessRuleViolation("welfare.grant.referenceUsed", grant.reference()).on("reference");
    }
    em.persist(grant);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (DuplicateKey.named(e, "uq_welfare_grant_reference")) {
        // another treasurer recorded this reference a moment ago
        throw new BusinessRuleViolation("welfare.grant.referenceUsed", grant.reference()).on("reference");
      }
      throw e;
    }
    PostedEntry entry = ledger.post(new JournalEntry(CoopTime.today(), "Welfare grant from " + grant.grantor() + ", received " + grant.receivedOn() + ", ref "
        + grant.reference(), EntrySource.WELFARE, grant.reference(), "welfare-grant-" + grant.reference(), null, by,
        List.of(PostingLine.debit(ledger.account(LedgerAccounts.BANK).id(), grant.amount()), PostingLine.credit(ledger.account(LedgerAccounts.WELFARE_FUND).id(), grant.amount()))));
    grant.postedAs(entry.id());
    return grant;
  }

  /** Every grant, the latest received first. */
  public List<WelfareGrant> grants() {
    return em.createQuery("SELECT g FROM WelfareGrant g ORDER BY g.receivedOn DESC, g.id DESC", WelfareGrant.class).getResultList();
  }

  /** What the grants brought in altogether. */
  public Money total() {
    return grants().stream().map(WelfareGrant::amount).reduce(Money.ZERO, Money::plus);
  }
}
