package coop.fairshare.savings;

import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.member.Member;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo mode only: the demo's savings products (regular savings, a promised ฿100 a month), a
 * savings-from-sales account for every member, monthly savers with months of deposits (some of them
 * behind) and some regular savers, so the treasurer's savings pages have something to show. Money
 * goes through the ledger as the desk posts it (cash and bank against the member's account) with the
 * same idempotency keys; it runs once (a demo account existing means it ran).
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoSavings {

  static final String BY = "demo";
  static final int MONTHS = 8;
  private static final Logger LOG = Logger.getLogger(DemoSavings.class.getName());

  @EJB
  private Database database;

  @EJB
  private Ledger ledger;

  @PersistenceContext
  private EntityManager em;

  private int receipts;

  @PostConstruct
  void openTheDemoAccounts() {
    if (!database.demoMode()) {
      return;
    }
    long already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM savings_account WHERE created_by = 'demo'").getSingleResult()).longValue();
    if (already > 0) {
      return;
    }
    SavingsProduct regular = product("ออมทรัพย์ทั่วไป", "Regular savings",
        new SavingsTerms(SavingsKind.VOLUNTARY, Money.ZERO, 250, Money.ZERO, Money.ofBaht(5000), InterestPosting.YEARLY));
    SavingsProduct monthly = product("ออมสัจจะรายเดือน ฿100", "Compulsory monthly savings ฿100",
        new SavingsTerms(SavingsKind.COMPULSORY_MONTHLY, Money.ofBaht(100), 350, Money.ofBaht(100), Money.ofBaht(5000), InterestPosting.MONTHLY));
    List<SavingsProduct> fromSales = em.createQuery("SELECT p FROM SavingsProduct p WHERE p.fromSales = 1", SavingsProduct.class).getResultList();
    List<Member> members = em.createQuery("SELECT m FROM Member m JOIN FETCH m.group ORDER BY m.id", Member.class).getResultList();
    Random random = new Random(2026); // the same demo on every machine
    LocalDate today = CoopTime.today();
    // a month a treasurer already closed takes no more postings
    LocalDate firstOpenDay = ledger.lastClosedMonth().map(month -> month.plusMonths(1).atDay(1)).orElse(LocalDate.MIN);
    long bank = ledger.account(LedgerAccounts.BANK).id();
    int deposits = 0;
    for (Member member : members) {
      if (!member.isActive()) {
        continue;
      }
      boolean hasSalesAccount = !em.createQuery("SELECT a.id FROM SavingsAccount a WHERE a.member = :m AND a.product.fromSales = 1", Long.class)
          .setParameter("m", member).getResultList().isEmpty();
      if (!fromSales.isEmpty() && !hasSalesAccount) {
        SavingsAccount sales = open(member, fromSales.get(0), member.joinedOn(), today);
        LedgerAccount backing = ledger.ownedAccount(OwnedAccount.MEMBER_SAVINGS, member.id(), member.memberNumber(), member.fullNameTh(), member.memberNumber());
        sales.backBy(backing.id());
      }
      // most members promise ฿100 a month; about one in four of them has missed the last months
      if (random.nextInt(10) < 7) {
        LocalDate opened = later(today.minusMonths(MONTHS - 1).withDayOfMonth(1), member.joinedOn());
        SavingsAccount account = backed(open(member, monthly, opened, today), member);
        int missed = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        YearMonth last = YearMonth.from(today).minusMonths(missed);
        for (YearMonth m = YearMonth.from(opened); !m.isAfter(last); m = m.plusMonths(1)) {
          LocalDate on = later(m.atDay(Math.min(5, m.lengthOfMonth())), opened);
          if (!on.isAfter(today) && !on.isBefore(firstOpenDay)) {
            deposit(account, Money.ofBaht(100), on, bank);
            deposits++;
          }
        }
      }
      // some also keep regular savings, paid in now and then
      if (random.nextInt(3) == 0) {
        LocalDate opened = later(today.minusMonths(MONTHS - 1).withDayOfMonth(1), member.joinedOn());
        SavingsAccount account = backed(open(member, regular, opened, today), member);
        int times = 1 + random.nextInt(4);
        for (int i = 0; i < times; i++) {
          LocalDate on = later(opened.plusDays(random.nextInt(Math.max(1, (int) (today.toEpochDay() - opened.toEpochDay()) + 1))), firstOpenDay);
          if (!on.isAfter(today)) {
            deposit(account, Money.ofBaht(100L * (2 + random.nextInt(19))), on, bank);
            deposits++;
          }
        }
      }
    }
    LOG.info(deposits + " demo savings deposits posted");
  }

  private SavingsProduct product(String nameTh, String nameEn, SavingsTerms terms) {
    List<SavingsProduct> found = em.createQuery("SELECT p FROM SavingsProduct p WHERE p.nameTh = :n", SavingsProduct.class).setParameter("n", nameTh).getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    SavingsProduct product = new SavingsProduct(nameTh, nameEn, terms, BY);
    em.persist(product);
    return product;
  }

  private SavingsAccount open(Member member, SavingsProduct product, LocalDate on, LocalDate today) {
    SavingsAccount account = new SavingsAccount(member, product, on, today, BY);
    em.persist(account);
    em.flush();
    return account;
  }

  private SavingsAccount backed(SavingsAccount account, Member member) {
    LedgerAccount backing = ledger.ownedAccount(OwnedAccount.SAVINGS_ACCOUNT, member.id(), account.number(), account.number() + " " + member.fullNameTh(),
        account.number() + " " + member.memberNumber());
    account.backBy(backing.id());
    return account;
  }

  /** As the desk posts a deposit: cash and bank debited, the member's account credited, once per receipt. */
  private void deposit(SavingsAccount account, Money amount, LocalDate on, long bank) {
    String receipt = "DEMO-" + account.id() + "-" + (++receipts);
    PostedEntry entry = ledger.post(new JournalEntry(on, "Savings deposit " + account.number() + ", receipt " + receipt, EntrySource.SAVINGS, account.number(),
        "savings-in-" + receipt, null, BY, List.of(PostingLine.debit(bank, amount), PostingLine.credit(account.ledgerAccountId(), amount))));
    em.persist(SavingsTransaction.deposit(account.id(), amount, on, MoneyMethod.CASH, receipt, entry.id(), BY));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
