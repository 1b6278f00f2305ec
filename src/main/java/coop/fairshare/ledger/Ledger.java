package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's use cases. Posting is for the other areas' services (a sale, a payment, a savings
 * deposit), never for a page or the API directly; reading, reversing and closing months are for
 * treasurers and admins.
 */
@Stateless
public class Ledger {

  /** Entry dates are Thai dates: a sale at 01:00 in Bangkok belongs to that Bangkok day. */
  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

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
    return post(JournalEntry.reversalOf(entryId, original.postingLines(), today(), why, caller()));
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<AccountBalance> chartOfAccounts() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.balances(c);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Optional<AccountBalance> balance(long accountId) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.balance(c, accountId);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public TrialBalance trialBalance() {
    return new TrialBalance(chartOfAccounts());
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
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
  public Optional<PostedEntry> entry(long id) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.entry(c, id);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<LedgerPeriod> periods() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.periods(c, YearMonth.now(BANGKOK).toString());
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<LedgerAccount> accounts() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReader.accounts(c);
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
    if (!month.isBefore(YearMonth.now(BANGKOK))) {
      throw new BusinessRuleViolation("ledger.closeFutureMonth", month.toString());
    }
    String period = month.toString();
    try (Connection c = dataSource.getConnection()) {
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
      return LedgerReader.periods(c, YearMonth.now(BANGKOK).toString()).stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /**
   * An account's balance at the end of each of the last {@code months} months, from its lines: for
   * charts of the funds over time (not a hot path, so it may read the lines).
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<MonthEndBalance> monthEndBalances(String accountCode, int months) {
    if (months < 1 || months > 120) {
      throw new BadInput("ledger.months.range", 120).on("months");
    }
    LedgerAccount account = account(accountCode);
    YearMonth last = YearMonth.now(BANGKOK);
    YearMonth first = last.minusMonths(months - 1L);
    java.util.Map<YearMonth, Long> movements = new java.util.TreeMap<>();
    long before = 0;
    try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
        "SELECT DATE_FORMAT(e.entry_date, '%Y-%m'), SUM(CASE l.side WHEN 'D' THEN l.amount_satang ELSE -l.amount_satang END)"
            + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = ? GROUP BY 1")) {
      read.setLong(1, account.id());
      try (java.sql.ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          YearMonth month = YearMonth.parse(rows.getString(1));
          long debitMinusCredit = rows.getLong(2);
          long movement = account.type().growsWithDebits() ? debitMinusCredit : -debitMinusCredit;
          if (month.isBefore(first)) {
            before += movement;
          } else {
            movements.merge(month, movement, Long::sum);
          }
        }
      }
    } catch (SQLException e) {
      throw new EJBException(e);
    }
    List<MonthEndBalance> balances = new java.util.ArrayList<>();
    long running = before;
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      running += movements.getOrDefault(month, 0L);
      balances.add(new MonthEndBalance(month, coop.fairshare.shared.Money.ofSatang(running)));
    }
    return balances;
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

  public static LocalDate today() {
    return LocalDate.now(BANGKOK);
  }

  private String caller() {
    Principal principal = session.getCallerPrincipal();
    return principal == null ? "system" : principal.getName();
  }
}
