package coop.fairshare.savings;

import coop.fairshare.shared.ReceiptNo;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The treasurer's desk: money into and out of savings accounts, each movement one balanced entry in
 * the ledger (cash and bank against the member's account) and one row saying what it was.
 *
 * <p>LockOrder: a use case's first statement locks its rows — a withdrawal proposal being decided
 * (by primary key), then the savings account (by primary key) — and only then reads anything, so
 * the balance it reads (this transaction's snapshot starts with its first plain read) already holds
 * every withdrawal committed before it got the lock: two withdrawals from one account take turns
 * and the second sees the first. Then the ledger.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class SavingsDesk {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /** Cash or a transfer in, on a value date from the day the account opened to today. */
  public SavingsTransaction deposit(String accountNumber, Money amount, LocalDate valueDate, MoneyMethod method, String receipt) {
    SavingsAccount account = locked(accountNumber);
    LocalDate today = CoopTime.today();
    LocalDate on = valueDate == null ? today : valueDate;
    account.checkMovement(amount, on, today);
    ReceiptNo receiptNo = unused(receipt);
    requireMethod(method);
    PostedEntry entry = ledger.post(new JournalEntry(on, "Savings deposit " + account.number() + ", receipt " + receiptNo, EntrySource.SAVINGS, account.number(),
        "savings-in-" + receiptNo, null, caller(), List.of(PostingLine.debit(bank(), amount), PostingLine.credit(account.ledgerAccountId(), amount))));
    return record(SavingsTransaction.deposit(account.id(), amount, on, method, receiptNo.value(), entry.id(), caller()));
  }

  /**
   * Money out, no more than the balance less the product's minimum and less what withdrawals
   * waiting for approval already hold; above the product's limit it waits for a second treasurer.
   */
  public WithdrawalOutcome withdraw(String accountNumber, Money amount, LocalDate valueDate, MoneyMethod method, String receipt) {
    SavingsAccount account = locked(accountNumber);
    LocalDate today = CoopTime.today();
    LocalDate on = valueDate == null ? today : valueDate;
    account.checkWithdrawal(available(account, null), amount, on, today);
    ReceiptNo receiptNo = unused(receipt);
    requireMethod(method);
    if (account.product().terms().needsSecondApproval(amount)) {
      WithdrawalProposal proposal = new WithdrawalProposal(account.id(), amount, on, method, receiptNo.value(), caller(), clock.instant());
      em.persist(proposal);
      em.flush();
      return new WithdrawalOutcome(null, proposal);
    }
    return new WithdrawalOutcome(payOut(account, amount, on, method, receiptNo), null);
  }

  /** A second, different treasurer approves: checked again against the balance now, then paid out. */
  public WithdrawalOutcome approve(long proposalId) {
    long accountId = lockedProposal(proposalId);
    SavingsAccount account = locked(SavingsAccount.numberOf(accountId));
    WithdrawalProposal proposal = em.find(WithdrawalProposal.class, proposalId);
    proposal.approve(caller(), clock.instant());
    account.checkWithdrawal(available(account, proposal.id()), proposal.amount(), proposal.valueDate(), CoopTime.today());
    SavingsTransaction paid = payOut(account, proposal.amount(), proposal.valueDate(), proposal.method(), new ReceiptNo(proposal.receiptNo()));
    proposal.paidBy(paid.id());
    return new WithdrawalOutcome(paid, null);
  }

  public WithdrawalProposal reject(long proposalId) {
    lockedProposal(proposalId);
    WithdrawalProposal proposal = em.find(WithdrawalProposal.class, proposalId);
    proposal.reject(caller(), clock.instant());
    return proposal;
  }

  /** Withdrawals waiting for a second treasurer, oldest first. */
  public List<WithdrawalProposal> waiting() {
    return em.createQuery("SELECT p FROM WithdrawalProposal p WHERE p.status = :s ORDER BY p.id", WithdrawalProposal.class)
        .setParameter("s", WithdrawalProposal.Status.PROPOSED).getResultList();
  }

  /**
   * Closes an account, paying out everything in it (the minimum balance too) on today's date; a
   * withdrawal still waiting for approval must be decided first.
   */
  public SavingsAccount close(String accountNumber, MoneyMethod method, String receipt) {
    SavingsAccount account = locked(accountNumber);
    if (pending(account.id(), null).isPositive()) {
      throw new BusinessRuleViolation("savings.account.closeWaiting", account.number());
    }
    LocalDate today = CoopTime.today();
    Money balance = balance(account);
    if (balance.isNegative()) {
      throw new BusinessRuleViolation("savings.account.closeOverdrawn", account.number());
    }
    if (balance.isPositive()) {
      ReceiptNo receiptNo = unused(receipt);
      requireMethod(method);
      PostedEntry entry = ledger.post(new JournalEntry(today, "Savings account closed " + account.number() + ", receipt " + receiptNo, EntrySource.SAVINGS,
          account.number(), "savings-out-" + receiptNo, null, caller(),
          List.of(PostingLine.debit(account.ledgerAccountId(), balance), PostingLine.credit(bank(), balance))));
      record(SavingsTransaction.closing(account.id(), balance, today, method, receiptNo.value(), entry.id(), caller()));
    }
    account.close(today);
    return account;
  }

  private SavingsTransaction payOut(SavingsAccount account, Money amount, LocalDate on, MoneyMethod method, ReceiptNo receiptNo) {
    PostedEntry entry = ledger.post(new JournalEntry(on, "Savings withdrawal " + account.number() + ", receipt " + receiptNo, EntrySource.SAVINGS, account.number(),
        "savings-out-" + receiptNo, null, caller(), List.of(PostingLine.debit(account.ledgerAccountId(), amount), PostingLine.credit(bank(), amount))));
    return record(SavingsTransaction.withdrawal(account.id(), amount, on, method, receiptNo.value(), entry.id(), caller()));
  }

  /** The balance less what waiting withdrawals (other than the one being decided) already hold. */
  private Money available(SavingsAccount account, Long deciding) {
    return balance(account).minus(pending(account.id(), deciding));
  }

  private Money balance(SavingsAccount account) {
    return ledger.creditBalances(List.of(account.ledgerAccountId())).getOrDefault(account.ledgerAccountId(), Money.ZERO);
  }

  private Money pending(long accountId, Long except) {
    Number held = (Number) em.createNativeQuery("SELECT COALESCE(SUM(amount_satang), 0) FROM savings_withdrawal_proposal WHERE account_id = ? AND status = 'PROPOSED' AND id <> ?")
        .setParameter(1, accountId).setParameter(2, except == null ? 0L : except).getSingleResult();
    return Money.ofSatang(held.longValue());
  }

  private ReceiptNo unused(String receipt) {
    ReceiptNo receiptNo = new ReceiptNo(receipt);
    Number used = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM savings_transaction WHERE receipt_no = ?) + (SELECT COUNT(*) FROM savings_withdrawal_proposal WHERE receipt_no = ?)")
        .setParameter(1, receiptNo.value()).setParameter(2, receiptNo.value()).getSingleResult();
    if (used.longValue() > 0) {
      throw new BusinessRuleViolation("savings.receipt.used", receiptNo.value()).on("receiptNo");
    }
    return receiptNo;
  }

  private static void requireMethod(MoneyMethod method) {
    if (method == null) {
      throw new BadInput("savings.method.required").on("method");
    }
  }

  private SavingsTransaction record(SavingsTransaction transaction) {
    em.persist(transaction);
    em.flush();
    return transaction;
  }

  private long bank() {
    return ledger.account(LedgerAccounts.BANK).id();
  }

  private SavingsAccount locked(String number) {
    return SavingsRows.lockedAccount(em, number);
  }

  /** The proposal's row locked by primary key (nothing read before it), answering its account's id. */
  private long lockedProposal(long id) {
    List<?> row = em.createNativeQuery("SELECT account_id FROM savings_withdrawal_proposal WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList();
    if (row.isEmpty()) {
      throw new NotFound("withdrawalProposal", id);
    }
    return ((Number) row.get(0)).longValue();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
