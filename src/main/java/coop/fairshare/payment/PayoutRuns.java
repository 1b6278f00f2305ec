package coop.fairshare.payment;

import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.OwnerKind;
import coop.fairshare.ledger.PayableStanding;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.CodeSeek;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.CoopSettings;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.shared.persistence.ManyRows;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Payout runs: paying makers and groups what the ledger says they are owed, under two-person
 * control. LockOrder: a proposal takes the payout desk row; approving, cancelling and paying lock
 * the run's row by primary key, then the ledger.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class PayoutRuns {

  static final String THRESHOLD = "payout.ageThresholdDays";
  static final int THRESHOLD_DEFAULT = 7;
  /** Over how many days the days from sale to payout are averaged. */
  public static final int AVERAGE_DAYS = 90;

  /** The statuses whose runs hold what their lines pay, as SQL: only a pending run holds money. */
  private static final String PENDING = java.util.Arrays.stream(PayoutRun.Status.values()).filter(PayoutRun.Status::pending).map(s -> "'" + s.name() + "'")
      .collect(java.util.stream.Collectors.joining(", "));

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @EJB
  private Payees payees;

  @Resource
  private SessionContext session;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  /**
   * Proposes paying everything owed for sales up to a day: per maker's and group's payable
   * account, what the ledger owes for sales dated up to then (less every payout and refund), less
   * what another run not yet paid or cancelled already holds. Payees without details are listed and
   * flagged; the run will not pay them.
   */
  public PayoutRun propose(LocalDate upTo) {
    if (upTo == null) {
      throw new BadInput("payout.upTo.required").on("upTo");
    }
    LocalDate today = CoopTime.today();
    if (upTo.isAfter(today)) {
      throw new BadInput("payout.upTo.future").on("upTo");
    }
    // one proposal at a time: the second waits here, then reads what the first put in its run
    em.createNativeQuery("SELECT id FROM payout_desk WHERE id = 1 FOR UPDATE").getResultList();
    Map<Long, Long> held = new HashMap<>();
    for (Object row : em.createNativeQuery("SELECT l.account_id, SUM(l.amount_satang) FROM payout_line l JOIN payout_run r ON r.id = l.run_id"
        + " WHERE r.status IN (" + PENDING + ") GROUP BY l.account_id").getResultList()) {
      Object[] r = (Object[]) row;
      held.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    // what each account owes for sales up to the day, from the kept balances (not every line aged)
    Map<LedgerAccount, Money> toPay = new java.util.LinkedHashMap<>();
    ledger.payablesOwedUpTo(upTo).forEach((account, owedUpTo) -> {
      Money owed = owedUpTo.minus(Money.ofSatang(held.getOrDefault(account.id(), 0L)));
      if (owed.isPositive()) {
        toPay.put(account, owed);
      }
    });
    // names and details of the payees paid, not of everyone in the register
    List<Payee> paid = toPay.keySet().stream().map(PayoutRuns::payeeOf).toList();
    Map<Payee, String> names = payees.names(paid);
    Map<Payee, PayeeAccount> accounts = payees.accounts(paid);
    List<PayoutLine> lines = new ArrayList<>();
    toPay.forEach((account, owed) -> {
      Payee payee = payeeOf(account);
      lines.add(new PayoutLine(account.id(), account.code(), payee, names.get(payee), owed, accounts.get(payee)));
    });
    PayoutRun run = new PayoutRun(upTo, lines, caller(), clock.instant());
    em.persist(run);
    em.flush();
    // the run's row first (its id), then its lines a thousand a statement on the same transaction
    try (Connection c = dataSource.getConnection()) {
      ManyRows.insert(c, PayoutLine.TABLE_AND_COLUMNS, run.lineRows());
    } catch (SQLException e) {
      throw new EJBException(e);
    }
    return run;
  }

  /** A second, different treasurer approves; two approvals at once approve once (the row is locked). */
  public PayoutRun approve(long runId) {
    PayoutRun run = locked(runId);
    run.approve(caller(), clock.instant());
    return run;
  }

  public PayoutRun cancel(long runId) {
    PayoutRun run = locked(runId);
    run.cancel(caller(), clock.instant());
    return run;
  }

  /** The transfers were made at the bank: one entry per payee clears her payable, once. */
  public List<PostedEntry> markPaid(long runId) {
    PayoutRun run = locked(runId);
    long bank = ledger.account(LedgerAccounts.BANK).id();
    return ledger.postAll(run.pay(bank, caller(), CoopTime.today(), clock.instant()));
  }

  public PayoutRun run(long runId) {
    PayoutRun run = em.find(PayoutRun.class, runId);
    if (run == null) {
      throw new NotFound("payoutRun", runId);
    }
    return run;
  }

  /** The transfer file of an approved (or paid) run. */
  public byte[] transferFile(long runId) {
    return run(runId).transferFile();
  }

  /**
   * The latest runs for the treasurers' page, each with the totals kept on its row and, while it is
   * pending, its first {@code linesShown} lines: a run's hundred thousand lines are never read or
   * summed for a view, and a paid or cancelled run's lines are left to its transfer file and pages.
   */
  public List<PayoutRunView> recentShown(int limit, int linesShown) {
    return em.createQuery("SELECT " + RUN_HEAD + " FROM PayoutRun r ORDER BY r.id DESC", Object[].class).setMaxResults(limit).getResultList().stream()
        .map(h -> view(h, 0, ((PayoutRun.Status) h[2]).pending() ? linesShown : 0)).toList();
  }

  /** One run with a page of its lines (in the run's order) and its kept totals: what the API answers for a run. */
  public PayoutRunView shown(long runId, int page, int size) {
    int first = Page.firstRow(page, size);
    List<Object[]> head = em.createQuery("SELECT " + RUN_HEAD + " FROM PayoutRun r WHERE r.id = :id", Object[].class).setParameter("id", runId).getResultList();
    if (head.isEmpty()) {
      throw new NotFound("payoutRun", runId);
    }
    return view(head.get(0), first, size);
  }

  /** What a view reads of a run's row: its state, people and kept totals (V37), not its lines. */
  private static final String RUN_HEAD = "r.id, r.upTo, r.status, r.proposedBy, r.approvedBy, r.paidBy, r.paidOn, r.totalKept, r.transferKept, r.lineCount,"
      + " r.withoutDetailsCount, r.transferCount";

  /** A run's head and its lines from {@code first}, at most {@code size} of them. */
  private PayoutRunView view(Object[] h, int first, int size) {
    long id = (Long) h[0];
    List<PayoutLine> lines = size == 0 ? List.of()
        : em.createQuery("SELECT l FROM PayoutRun r JOIN r.lines l WHERE r.id = :id ORDER BY INDEX(l)", PayoutLine.class).setParameter("id", id)
            .setFirstResult(first).setMaxResults(size).getResultList();
    return new PayoutRunView(id, (LocalDate) h[1], (PayoutRun.Status) h[2], (String) h[3], (String) h[4], (String) h[5], (LocalDate) h[6],
        (Money) h[7], (Money) h[8], (Integer) h[9], (Integer) h[10], (Integer) h[11], first, lines);
  }

  /**
   * What makers and groups are owed now, a page at a time by account code, whose group's code or
   * member's number starts with {@code ownerCode} when one is given: since when, flagged when the
   * oldest unpaid sale is older than the threshold, with the average days from sale to payout over
   * the last 90 days. Only the page's accounts, names and details are read; from a code seen
   * ({@code seek}) a deep page costs the first's.
   */
  public Page<PayeeOwed> owed(String ownerCode, CodeSeek seek, int page, int size) {
    return owedList(ownerCode, seek, page, size).owed();
  }

  /** A page of what is owed and the threshold it was judged by, the setting read once: the payouts page shows both. */
  public record OwedList(Page<PayeeOwed> owed, long thresholdDays) {}

  /** {@link #owed} with the threshold it flagged by. */
  public OwedList owedList(String ownerCode, CodeSeek seek, int page, int size) {
    LocalDate today = CoopTime.today();
    long threshold = thresholdDays();
    Page<PayableStanding> standings = ledger.payablesPage(ownerCode, today.minusDays(AVERAGE_DAYS - 1L), today, seek, page, size);
    List<Payee> shown = standings.items().stream().map(s -> payeeOf(s.account())).toList();
    Map<Payee, String> names = payees.names(shown);
    Map<Payee, PayeeAccount> accounts = payees.accounts(shown);
    List<PayeeOwed> owed = new ArrayList<>();
    for (PayableStanding s : standings.items()) {
      if (s.owedNow().isPositive() || s.paidInPeriod().isPositive()) {
        Payee payee = payeeOf(s.account());
        long days = s.daysOwed(today);
        PayeeAccount to = accounts.get(payee);
        owed.add(new PayeeOwed(payee, names.getOrDefault(payee, payee.key()), s.account().code(), s.purpose(), s.owedNow(), s.oldestUnpaid(), days,
            s.owedNow().isPositive() && days > threshold, s.paidInPeriod(), s.averageDaysToPayout(), to == null ? null : to.via() + " " + to.masked()));
      }
    }
    return new OwedList(Page.uncounted(owed, standings.hasNext(), standings.page(), size), threshold);
  }

  public long thresholdDays() {
    return CoopSettings.number(em, THRESHOLD, THRESHOLD_DEFAULT);
  }

  /** An ADMIN sets how many days money may be owed before the treasurers' page flags it. */
  @RolesAllowed(Roles.ADMIN)
  public long changeThresholdDays(Long days) {
    if (days == null || days < 1 || days > 365) {
      throw new BadInput("payout.threshold.range", 1, 365).on("thresholdDays");
    }
    CoopSettings.change(em, THRESHOLD, Long.toString(days), caller());
    return days;
  }

  private static Payee payeeOf(LedgerAccount account) {
    return account.ownerKind() == OwnerKind.MEMBER ? Payee.member(account.ownerId()) : Payee.group(account.ownerId());
  }

  /**
   * The run, its row locked first by primary key, then read. Not find with a lock mode: EclipseLink
   * then reads all the run's lines too, seconds for a national run, that approving or cancelling
   * never needs (paying reads them when it asks). The lock is the transaction's first read, so
   * what is read after it is what the lock holder left.
   */
  private PayoutRun locked(long id) {
    if (em.createNativeQuery("SELECT id FROM payout_run WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList().isEmpty()) {
      throw new NotFound("payoutRun", id);
    }
    return em.find(PayoutRun.class, id);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
