package coop.fairshare.savings;

import coop.fairshare.ledger.AccountLine;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.member.Member;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opening savings accounts and reading them: lists with balances, statements (passbooks). The
 * money in them moves through {@link SavingsDesk}; the ledger holds it.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class SavingsAccounts {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @EJB
  private coop.fairshare.account.Accounts logins;

  @EJB
  private coop.fairshare.member.Members members;

  @Resource
  private SessionContext session;

  /**
   * Opens a member's account in a product, backed by a new account in the ledger; savings from
   * sales are backed by the member's savings account the split has always posted to, so what her
   * sales saved is there from the start. Opened today unless a date is given (an account brought in
   * from paper); savings from sales count from the day she joined.
   */
  public SavingsAccount open(String memberNumber, long productId, LocalDate openedOn) {
    Member member = member(memberNumber);
    SavingsProduct product = em.find(SavingsProduct.class, productId);
    if (product == null) {
      throw new NotFound("savingsProduct", productId).on("productId");
    }
    boolean exists = !em.createQuery("SELECT a.id FROM SavingsAccount a WHERE a.member = :m AND a.product = :p", Long.class)
        .setParameter("m", member).setParameter("p", product).getResultList().isEmpty();
    if (exists) {
      throw new BusinessRuleViolation("savings.account.exists", member.memberNumber()).on("productId");
    }
    LocalDate today = CoopTime.today();
    LocalDate on = openedOn != null ? openedOn : product.isFromSales() ? member.joinedOn() : today;
    SavingsAccount account = new SavingsAccount(member, product, on, today, session.getCallerPrincipal().getName());
    em.persist(account);
    em.flush();
    LedgerAccount backing = product.isFromSales()
        ? ledger.ownedAccount(OwnedAccount.MEMBER_SAVINGS, member.id(), member.memberNumber(), member.fullNameTh(), member.memberNumber())
        : ledger.ownedAccount(OwnedAccount.SAVINGS_ACCOUNT, member.id(), account.number(), account.number() + " " + member.fullNameTh(),
            account.number() + " " + member.memberNumber());
    account.backBy(backing.id());
    return account;
  }

  /** One account; a member sees only her own (another's number is "not found"). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  public SavingsAccountView account(String number) {
    SavingsAccount account = visible(number);
    return SavingsAccountView.of(account, balances(List.of(account)).get(account.id()));
  }

  /** Every account of a group's members, by member number then product, each with its balance. */
  public List<SavingsAccountView> ofGroup(long groupId) {
    // the columns the list shows, not entities: a group's hundred accounts, their members and
    // products built as objects took a fifth of the page's time (national bench, README)
    List<Object[]> rows = em.createQuery("SELECT " + SavingsAccountView.COLUMNS + " FROM SavingsAccount a JOIN a.member m JOIN m.group g JOIN a.product p"
        + " WHERE g.id = :g ORDER BY m.memberNumber, a.id", Object[].class).setParameter("g", groupId).getResultList();
    Map<Long, Money> balances = ledger.creditBalances(rows.stream().map(SavingsAccountView::ledgerAccountIdOf).toList());
    return rows.stream().map(r -> SavingsAccountView.of(r, balances.getOrDefault(SavingsAccountView.ledgerAccountIdOf(r), Money.ZERO))).toList();
  }

  /** The signed-in member's own accounts (none for a login not linked to a member). */
  @RolesAllowed(Roles.MEMBER)
  public List<SavingsAccountView> mine() {
    Long me = logins.caller().memberId();
    return me == null ? List.of() : ofMember(me);
  }

  /**
   * What the cooperative holds for a member in savings: the sum of her accounts' balances, for the
   * register, which refuses her leaving until it is paid out.
   */
  public Money heldFor(long memberId) {
    return ofMember(memberId).stream().map(SavingsAccountView::balance).filter(Money::isPositive).reduce(Money.ZERO, Money::plus);
  }

  /** Every account of one member. */
  public List<SavingsAccountView> ofMember(long memberId) {
    return views(accountsOf(memberId));
  }

  /** A member's accounts, with her, her group and their products. */
  private List<SavingsAccount> accountsOf(long memberId) {
    return em.createQuery("SELECT a FROM SavingsAccount a JOIN FETCH a.member m JOIN FETCH m.group JOIN FETCH a.product WHERE m.id = :m ORDER BY a.id", SavingsAccount.class)
        .setParameter("m", memberId).getResultList();
  }

  /**
   * The account's passbook: every ledger line of its account, oldest value date first, named by
   * what the savings area recorded for it (a deposit and its receipt, interest) or by where the
   * ledger says it came from (a sale, a correction), with the balance after each.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  public Passbook passbook(String number) {
    SavingsAccount account = visible(number);
    return passbookOf(account, recorded(List.of(account)));
  }

  /**
   * The signed-in member's own accounts, each with its balance and passbook: her accounts read
   * once with her group and their products, and what the savings area recorded for all of them in
   * one read, rather than each account looked up again by its number (none for a login not linked
   * to a member).
   */
  @RolesAllowed(Roles.MEMBER)
  public Map<SavingsAccountView, Passbook> myPassbooks() {
    Long me = logins.caller().memberId();
    if (me == null) {
      return Map.of();
    }
    List<SavingsAccount> mine = accountsOf(me);
    List<SavingsAccountView> views = views(mine);
    Map<Long, SavingsTransaction> recorded = recorded(mine);
    Map<SavingsAccountView, Passbook> passbooks = new LinkedHashMap<>();
    for (int i = 0; i < mine.size(); i++) {
      passbooks.put(views.get(i), passbookOf(mine.get(i), recorded));
    }
    return passbooks;
  }

  /** What the savings area recorded for these accounts, by the journal entry it posted. */
  private Map<Long, SavingsTransaction> recorded(List<SavingsAccount> accounts) {
    Map<Long, SavingsTransaction> recorded = new HashMap<>();
    if (!accounts.isEmpty()) {
      em.createQuery("SELECT t FROM SavingsTransaction t WHERE t.accountId IN :a", SavingsTransaction.class)
          .setParameter("a", accounts.stream().map(SavingsAccount::id).toList()).getResultStream().forEach(t -> recorded.put(t.journalEntryId(), t));
    }
    return recorded;
  }

  private Passbook passbookOf(SavingsAccount account, Map<Long, SavingsTransaction> recorded) {
    List<Passbook.Line> lines = new ArrayList<>();
    Money balance = Money.ZERO;
    for (AccountLine line : ledger.accountLines(account.ledgerAccountId())) {
      balance = balance.plus(line.amount());
      SavingsTransaction t = recorded.get(line.entryId());
      SavingsEntryKind kind = t != null ? t.kind() : kindOf(line.source());
      String reference = t != null && t.receiptNo() != null ? t.receiptNo() : t != null ? "" : "#" + line.entryId();
      lines.add(new Passbook.Line(line.date(), kind, line.amount(), balance, reference));
    }
    Member member = account.member();
    String english = member.name(Locale.ENGLISH);
    return new Passbook(member.memberNumber(), member.fullNameTh(), english.equals(member.fullNameTh()) ? null : english, member.group().nameTh(),
        account.number(), account.product().nameTh(), account.product().nameEn(), account.openedOn(), CoopTime.today(), balance, lines);
  }

  private static SavingsEntryKind kindOf(EntrySource source) {
    return switch (source) {
      case SALE, REFUND -> SavingsEntryKind.SALE;
      case SAVINGS -> SavingsEntryKind.DEPOSIT;
      default -> SavingsEntryKind.CORRECTION;
    };
  }

  /**
   * The members of a group behind on their monthly promise by the end of {@code upTo}: each open
   * account of a compulsory monthly product whose deposits (dated by the end of that month) fall short of the months due since it
   * opened (the rule is {@link MonthlyPromise}), most months behind first.
   */
  public List<ArrearsLine> arrears(long groupId, YearMonth upTo) {
    List<SavingsAccount> promised = em.createQuery("SELECT a FROM SavingsAccount a JOIN FETCH a.member m JOIN FETCH a.product p"
        + " WHERE m.group.id = :g AND a.status = :open AND p.kind = :kind ORDER BY m.memberNumber, a.id", SavingsAccount.class)
        .setParameter("g", groupId).setParameter("open", SavingsAccountStatus.OPEN).setParameter("kind", SavingsKind.COMPULSORY_MONTHLY).getResultList();
    Map<Long, Money> paid = deposited(promised.stream().map(SavingsAccount::id).toList(), upTo.atEndOfMonth());
    List<ArrearsLine> behind = new ArrayList<>();
    for (SavingsAccount a : promised) {
      MonthlyPromise promise = MonthlyPromise.of(a.product().terms().monthlyAmount(), a.openedOn());
      MonthlyPromise.Arrears standing = promise.standing(upTo, paid.getOrDefault(a.id(), Money.ZERO));
      if (standing.behind()) {
        behind.add(new ArrearsLine(a.number(), a.member().memberNumber(), a.member().fullNameTh(), a.product().id(), a.product().nameTh(), a.product().nameEn(),
            promise, standing));
      }
    }
    behind.sort(Comparator.comparingInt((ArrearsLine l) -> -l.arrears().monthsBehind()).thenComparing(ArrearsLine::memberNumber));
    return behind;
  }

  /** What each account's deposits dated up to a day add up to, by savings account id. */
  private Map<Long, Money> deposited(List<Long> accountIds, LocalDate upTo) {
    Map<Long, Money> sums = new HashMap<>();
    if (accountIds.isEmpty()) {
      return sums;
    }
    // the ids are numbers read from the database, never typed by anyone
    String ids = accountIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    List<?> rows = em.createNativeQuery("SELECT account_id, SUM(amount_satang) FROM savings_transaction WHERE kind = 'DEPOSIT' AND value_date <= ? AND account_id IN ("
        + ids + ") GROUP BY account_id").setParameter(1, upTo).getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      sums.put(((Number) cells[0]).longValue(), Money.ofSatang(((Number) cells[1]).longValue()));
    }
    return sums;
  }

  /** The passbooks of every account of a group's members, for the group's transactions file. */
  public List<Passbook> passbooksOfGroup(long groupId) {
    return ofGroup(groupId).stream().map(a -> passbook(a.number())).toList();
  }

  public SavingsAccount freeze(String number) {
    SavingsAccount account = locked(number);
    account.freeze();
    return account;
  }

  public SavingsAccount unfreeze(String number) {
    SavingsAccount account = locked(number);
    account.unfreeze();
    return account;
  }

  /** An account the caller may see: any for the desk, only her own for a member. */
  private SavingsAccount visible(String number) {
    SavingsAccount account = find(number);
    if (!session.isCallerInRole(Roles.TREASURER) && !session.isCallerInRole(Roles.ADMIN)) {
      Long me = logins.caller().memberId();
      if (me == null || !me.equals(account.member().id())) {
        throw new NotFound("savingsAccount", number);
      }
    }
    return account;
  }

  SavingsAccount find(String number) {
    SavingsAccount account = SavingsAccount.idOf(number).map(id -> em.find(SavingsAccount.class, id)).orElse(null);
    if (account == null) {
      throw new NotFound("savingsAccount", number);
    }
    return account;
  }

  private SavingsAccount locked(String number) {
    return SavingsRows.lockedAccount(em, number);
  }

  private Member member(String memberNumber) {
    return members.byNumber(memberNumber).orElseThrow(() -> (NotFound) new NotFound("member", memberNumber).on("memberNumber"));
  }

  private List<SavingsAccountView> views(List<SavingsAccount> accounts) {
    Map<Long, Money> balances = balances(accounts);
    return accounts.stream().map(a -> SavingsAccountView.of(a, balances.get(a.id()))).toList();
  }

  /** Balances by savings account id, read from the ledger in one query. */
  private Map<Long, Money> balances(List<SavingsAccount> accounts) {
    Map<Long, Money> byLedger = ledger.creditBalances(accounts.stream().map(SavingsAccount::ledgerAccountId).toList());
    Map<Long, Money> balances = new HashMap<>();
    for (SavingsAccount a : accounts) {
      balances.put(a.id(), byLedger.getOrDefault(a.ledgerAccountId(), Money.ZERO));
    }
    return balances;
  }
}
