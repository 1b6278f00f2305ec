package coop.fairshare.ledger;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CodeSeek;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's use cases. Posting is for the other areas' services (a sale, a payment, a savings
 * deposit), never for a page or the API directly; reading, reversing and closing months are for
 * treasurers and admins.
 */
@Stateless
public class Ledger {

  @Resource(lookup = Database.JNDI_NAME)
  private javax.sql.DataSource dataSource;

  @Resource
  private SessionContext session;

  /**
   * Writes the entry once: the same idempotency key again returns the entry already written.
   * Refused in a closed month.
   */
  @PermitAll
  public PostedEntry post(JournalEntry entry) {
    try (Connection c = dataSource.getConnection()) {
      JournalWriter.Written written = JournalWriter.post(c, entry);
      return LedgerReader.entry(c, written.entryId()).orElseThrow();
    } catch (SQLException e) {
      throw new EJBException("posting failed", e);
    }
  }

  /**
   * Writes several entries of one transaction as one batch (LockOrder: its balance rows are locked
   * in one ascending sweep); the answers are in the entries' order.
   */
  @PermitAll
  public List<PostedEntry> postAll(List<JournalEntry> entries) {
    try (Connection c = dataSource.getConnection()) {
      List<PostedEntry> posted = new java.util.ArrayList<>();
      for (JournalWriter.Written written : JournalWriter.postAll(c, entries)) {
        posted.add(LedgerReader.entry(c, written.entryId()).orElseThrow());
      }
      return posted;
    } catch (SQLException e) {
      throw new EJBException("posting failed", e);
    }
  }

  /** Opens (once) and returns the account of a member or group for one purpose. */
  @PermitAll
  public LedgerAccount ownedAccount(OwnedAccount purpose, long ownerId, String ownerCode, String ownerNameTh, String ownerNameEn) {
    String code = purpose.codeFor(ownerCode);
    try (Connection c = dataSource.getConnection()) {
      JournalWriter.openAccount(c, code, purpose.nameTh(ownerNameTh), purpose.nameEn(ownerNameEn), purpose.type(), purpose.ownerKind(), ownerId, 1);
      return LedgerReader.accountByCode(c, code).orElseThrow();
    } catch (SQLException e) {
      throw new EJBException("could not open account " + code, e);
    }
  }

  @PermitAll
  public LedgerAccount account(String code) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.accountByCode(c, code).orElseThrow(() -> new NotFound("account", code));
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** A correction: the entry posted again with sides swapped, linked to it, dated today. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public PostedEntry reverse(long entryId, String reason) {
    PostedEntry original = entry(entryId).orElseThrow(() -> new NotFound("entry", entryId));
    if (original.source() == EntrySource.REVERSAL) {
      throw new BusinessRuleViolation("ledger.reverseReversal");
    }
    if (original.reversedByEntryId() != null) {
      return entry(original.reversedByEntryId()).orElseThrow();
    }
    String why = reason == null || reason.isBlank() ? "Reversal of entry " + entryId : reason;
    return post(JournalEntry.reversalOf(entryId, original.postingLines(), CoopTime.today(), why, caller()));
  }

  /**
   * The entry written under an idempotency key, if one was: how another area finds a posting it
   * made (a refunded order's shipping fee, to reverse it) without reading the journal itself.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Long> entryIdByKey(String idempotencyKey) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.entryIdByKey(c, idempotencyKey);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The last month a treasurer closed, if any: postings dated in it or before are refused. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<YearMonth> lastClosedMonth() {
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement("SELECT MAX(period) FROM ledger_period WHERE status = 'CLOSED'");
        java.sql.ResultSet row = read.executeQuery()) {
      return row.next() && row.getString(1) != null ? Optional.of(YearMonth.parse(row.getString(1))) : Optional.empty();
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * What sales credited to one group's and its makers' own accounts in a period, net of reversals
   * of those sales: one figure per account, with its purpose (owed to the group, to a maker, her
   * savings). For the split's earnings pages; the caller names the makers (members of the group).
   */
  @RolesAllowed({Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OwnerEarning> saleEarnings(long groupId, java.util.Collection<Long> makerIds, LocalDate from, LocalDate to) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.saleEarnings(c, groupId, makerIds, from, to);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** Of the given entries, those dated in the period and not reversed: sales that still stand. */
  @RolesAllowed({Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.Set<Long> standingEntries(java.util.Collection<Long> entryIds, LocalDate from, LocalDate to) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.standingEntries(c, entryIds, from, to);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * Reverses several entries as one batch (a refunded order's lines and shipping); an entry
   * already reversed keeps its one reversal.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<PostedEntry> reverseAll(List<Long> entryIds, String reason) {
    List<JournalEntry> reversals = new java.util.ArrayList<>();
    for (long entryId : entryIds) {
      PostedEntry original = entry(entryId).orElseThrow(() -> new NotFound("entry", entryId));
      if (original.source() == EntrySource.REVERSAL) {
        throw new BusinessRuleViolation("ledger.reverseReversal");
      }
      if (original.reversedByEntryId() == null) {
        reversals.add(JournalEntry.reversalOf(entryId, original.postingLines(), CoopTime.today(), reason == null || reason.isBlank() ? "Reversal of entry " + entryId : reason, caller()));
      }
    }
    return reversals.isEmpty() ? List.of() : postAll(reversals);
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<AccountBalance> balance(long accountId) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.balance(c, accountId);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * One account's statement lines, oldest first. For the savings area's passbooks: the service
   * that asks decides whose account the caller may see.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AccountLine> accountLines(long accountId) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.accountLines(c, accountId);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** Credits less debits of many accounts at once (savings balances for a list); the asking service scopes. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.Map<Long, Money> creditBalances(java.util.Collection<Long> accountIds) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.creditBalances(c, accountIds);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The opening balance and each day's movements of many accounts over a period, for interest runs. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.Map<Long, DailyMovements> dailyMovements(java.util.Collection<Long> accountIds, LocalDate from, LocalDate to) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.dailyMovements(c, accountIds, from, to);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * The chart for a treasurer's pages: the cooperative's own accounts, and the accounts of members
   * and groups summed per purpose (see {@link LedgerReader#chartSummary}); its totals are the
   * trial balance's.
   */
  // SUPPORTS on a page's reads: called from a page, no transaction of their own (a page saves the
  // three round trips of one per call); called inside a use case, they read in its transaction
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AccountBalance> chartSummary() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.chartSummary(c);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The trial balance as the page shows it: the summed chart. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public TrialBalance trialBalanceSummary() {
    return new TrialBalance(chartSummary());
  }

  /** Accounts a page of the trial balance may list: a page is read by key, whatever the ledger's size. */
  public static final int MAX_TRIAL_BALANCE_PAGE = 500;

  /**
   * Every account one page at a time, by code ({@code page} from 0); a page of {@code size} + 1
   * tells whether more follow. The totals of the books are {@link #trialBalanceSummary}'s, never a page's.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AccountBalance> trialBalancePage(int page, int size) {
    if (page < 0 || page > coop.fairshare.shared.Page.MAX_PAGE) {
      throw new BadInput("error.pageOutOfRange", coop.fairshare.shared.Page.MAX_PAGE).on("page");
    }
    if (size < 1 || size > MAX_TRIAL_BALANCE_PAGE) {
      throw new BadInput("error.pageSizeOutOfRange", MAX_TRIAL_BALANCE_PAGE).on("size");
    }
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.balancesPage(c, page, size);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** An account by its code, if there is one: a look-up by the code's index (a treasurer naming a member's account). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<LedgerAccount> findAccount(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.accountByCode(c, code.strip());
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The cooperative's own accounts, for pickers: a few dozen, however many members have theirs. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<LedgerAccount> ownAccounts() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.ownAccounts(c);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<LedgerAccount> accountById(long id) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.accountById(c, id);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JournalPage journal(JournalQuery query) {
    try (Connection c = dataSource.getConnection()) {
      List<PostedEntry> found = LedgerReader.entries(c, query);
      boolean more = found.size() > query.size();
      return new JournalPage(more ? found.subList(0, query.size()) : found, query.page(), more);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<PostedEntry> entry(long id) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.entry(c, id);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<LedgerPeriod> periods() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.periods(c, CoopTime.thisMonth().toString());
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * Closes a month: postings dated in it are refused from now on. The update waits for postings in
   * flight (they hold the month's row in share mode), so none slips in half-way. A month that has
   * not ended yet cannot be closed.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public LedgerPeriod closePeriod(YearMonth month) {
    String period = month.toString();
    try (Connection c = dataSource.getConnection()) {
      LedgerPeriod.requireClosable(month, LedgerReader.firstMonth(c).orElse(CoopTime.thisMonth()), CoopTime.thisMonth());
      try (PreparedStatement open = c.prepareStatement("INSERT IGNORE INTO ledger_period (period) VALUES (?)")) {
        open.setString(1, period);
        open.executeUpdate();
      }
      try (PreparedStatement close = c.prepareStatement("UPDATE ledger_period SET status = 'CLOSED', closed_by = ?, closed_at = CURRENT_TIMESTAMP(3) WHERE period = ? AND status = 'OPEN'")) {
        close.setString(1, caller());
        close.setString(2, period);
        if (close.executeUpdate() == 0) {
          throw new BusinessRuleViolation("ledger.alreadyClosed", period);
        }
      }
      return LedgerReader.periods(c, CoopTime.thisMonth().toString()).stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * An account's credits and debits dated in the months from {@code from} to {@code to}, by the
   * source of their entries and the kind of their idempotency key: where a fund's money came from
   * and went. Read as the month-end balances are ({@link MonthEnds}: kept totals, and the lines
   * posted since the last ones settled), so a report costs the same however many lines a fund has.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<SourcedTotal> totalsBySource(String accountCode, YearMonth from, YearMonth to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new BadInput("period.order").on("to");
    }
    LedgerAccount account = account(accountCode);
    try (Connection c = dataSource.getConnection()) {
      return MonthEnds.months(c, account, from, MonthEnds.SETTLED_AFTER).totalsBySource(from, to);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * What an account moved month by month from {@code from} on, read once, and its balance now: for
   * a report that needs its month ends and its totals by source, or several windows of them
   * ({@link AccountMonths}), without reading the account again for each.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public AccountMonths months(String accountCode, YearMonth from) {
    LedgerAccount account = account(accountCode);
    try (Connection c = dataSource.getConnection()) {
      return MonthEnds.months(c, account, java.util.Objects.requireNonNull(from, "from"), MonthEnds.SETTLED_AFTER);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * An account's balance at the end of each of the last {@code months} months: for charts of the
   * funds over time. Read in a bounded amount (see {@link MonthEnds}): a closed month's totals are
   * kept once, an open month's are its settled lines' kept totals and the lines since; the balance
   * now is the account's balance rows.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<MonthEndBalance> monthEndBalances(String accountCode, int months) {
    if (months < 1 || months > 120) {
      throw new BadInput("ledger.months.range", 120).on("months");
    }
    LedgerAccount account = account(accountCode);
    YearMonth last = CoopTime.thisMonth();
    YearMonth first = last.minusMonths(months - 1L);
    try (Connection c = dataSource.getConnection()) {
      return MonthEnds.months(c, account, first, MonthEnds.SETTLED_AFTER).monthEnds(first, last);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * Every maker's and group's payable account (savings stay saved): owed for sales up to
   * {@code upTo}, owed now and since when, and paid out between {@code paidFrom} and
   * {@code paidTo} with the average days from sale to payout. For the treasurers' payouts.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PayableStanding> payables(LocalDate upTo, LocalDate paidFrom, LocalDate paidTo) {
    return payables(null, List.of(), upTo, paidFrom, paidTo);
  }

  /**
   * What each maker's and group's payable account owes for sales up to {@code upTo}, where it owes
   * something, by account code: the same figure as {@link PayableStanding#owedUpTo} of
   * {@link #payables}, from the kept balances and the lines after the day only. For a payout
   * proposal, which pays every such account and needs nothing else of their standing.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.Map<LedgerAccount, Money> payablesOwedUpTo(LocalDate upTo) {
    requirePeriod(upTo, upTo, upTo);
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.payablesOwedUpTo(c, upTo);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The same for one group's payable accounts and its makers': the group's sales page (and a member's own earnings, scoped to her by the split area). */
  @RolesAllowed({Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PayableStanding> payablesOf(long groupId, java.util.Collection<Long> makerIds, LocalDate paidFrom, LocalDate paidTo) {
    return payables(groupId, makerIds, LocalDate.MAX, paidFrom, paidTo);
  }

  /**
   * A page of the makers' and groups' payable accounts owed something now or paid out between
   * {@code paidFrom} and {@code paidTo}, by account code, whose owner's code (a group's code, a
   * member's number) starts with {@code ownerCode} when one is given; each account's standing as
   * {@link #payables} tells it. Only the page's accounts are read: the treasurers' payout page at
   * any size of network. Not counted (that would read every account): a page says whether another
   * follows. Read from a code seen ({@code seek}: after the last of a page, before the first) every
   * page costs the first's; {@code page} is then only its number as shown, kept at 0 for the first.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<PayableStanding> payablesPage(String ownerCode, LocalDate paidFrom, LocalDate paidTo, CodeSeek seek, int page, int size) {
    int first = Page.firstRow(page, size);
    requirePeriod(LocalDate.MAX, paidFrom, paidTo);
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = LedgerReader.payablesOwedOrPaid(c, ownerCode, paidFrom, paidTo, seek, first, size);
      boolean more = ids.size() > size;
      // in code order whichever way they were sought (the movements are read by code)
      List<PayableStanding> standings = standings(LedgerReader.payableMovements(c, ids.subList(0, Math.min(size, ids.size()))), LocalDate.MAX, paidFrom, paidTo);
      if (seek.before() != null) {
        // the page before a code: the one it came from follows; the first page has none before it
        return Page.uncounted(standings, true, more ? Math.max(page, 1) : 0, size);
      }
      return Page.uncounted(standings, more, seek.after() != null ? Math.max(page, 1) : page, size);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private List<PayableStanding> payables(Long groupId, java.util.Collection<Long> makerIds, LocalDate upTo, LocalDate paidFrom, LocalDate paidTo) {
    requirePeriod(upTo, paidFrom, paidTo);
    try (Connection c = dataSource.getConnection()) {
      return standings(LedgerReader.payableMovements(c, groupId, makerIds), upTo, paidFrom, paidTo);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private static void requirePeriod(LocalDate upTo, LocalDate paidFrom, LocalDate paidTo) {
    if (upTo == null || paidFrom == null || paidTo == null || paidFrom.isAfter(paidTo)) {
      throw new BadInput("period.order").on("to");
    }
  }

  private static List<PayableStanding> standings(java.util.Map<LedgerAccount, List<PayableAgeing.Movement>> byAccount, LocalDate upTo, LocalDate paidFrom,
      LocalDate paidTo) {
    List<PayableStanding> standings = new java.util.ArrayList<>();
    byAccount.forEach((account, movements) -> {
      PayableAgeing.Result ageing = PayableAgeing.of(movements);
      Money paid = ageing.paid().stream().filter(p -> !p.paidOn().isBefore(paidFrom) && !p.paidOn().isAfter(paidTo)).map(PayableAgeing.Paid::amount)
          .reduce(Money.ZERO, Money::plus);
      java.util.OptionalLong days = PayableAgeing.averageDaysToPayout(ageing.paid(), paidFrom, paidTo);
      standings.add(new PayableStanding(account, OwnedAccount.of(account.code()).orElseThrow(), PayableAgeing.owedUpTo(movements, upTo), ageing.owed(),
          ageing.oldestUnpaid(), paid, days.isPresent() ? days.getAsLong() : null));
    });
    return standings;
  }

  /** Balance rows against lines, entry by entry and in total: the proof the books are whole. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public LedgerAudit.Findings audit() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerAudit.run(c);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private String caller() {
    Principal principal = session.getCallerPrincipal();
    return principal == null ? "system" : principal.getName();
  }
}
