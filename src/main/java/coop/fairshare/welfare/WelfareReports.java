package coop.fairshare.welfare;

import coop.fairshare.ledger.AccountMonths;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.MonthEndBalance;
import coop.fairshare.member.MemberPlace;
import coop.fairshare.member.Members;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The treasurers' reports on the welfare fund, read from the ledger (balances, money in by source,
 * payouts) and the fund's own tables (claims, contributions), with the register's groups and regions
 * fetched once for all members: a handful of queries however many members the fund has.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class WelfareReports {

  /** The months the balance chart and the payout average look back over, this month included. */
  static final int LAST_MONTHS = 12;

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @EJB
  private Members members;

  @EJB
  private WelfareFund fund;

  @EJB
  private WelfareClaims claims;

  /** The report for a period of months (this year up to this month when either end is left out). */
  public FundReport report(YearMonth from, YearMonth to) {
    YearMonth thisMonth = CoopTime.thisMonth();
    ReportPeriod period = ReportPeriod.of(from, to, thisMonth);
    // the fund read once from the earliest month any figure needs: the year of month ends, the
    // money in over the period asked, the payouts of the last twelve months
    YearMonth yearAgo = thisMonth.minusMonths(LAST_MONTHS - 1L);
    AccountMonths fundMonths = ledger.months(LedgerAccounts.WELFARE_FUND, period.from().isBefore(yearAgo) ? period.from() : yearAgo);
    List<MonthEndBalance> monthEnds = fundMonths.monthEnds(yearAgo, thisMonth);
    Money balance = claims.fundBalance();
    MoneyIn moneyIn = MoneyIn.of(fundMonths.totalsBySource(period.from(), period.to()));
    Money paidLastYear = MoneyIn.of(fundMonths.totalsBySource(yearAgo, thisMonth)).claimsPaid();
    List<ClaimTally.Claim> claimed = claims.forReport(period.firstDay(), period.lastDay());
    List<Object[]> paidMonths = paidMonths(thisMonth);
    // the places of the members reported on (the fund's and the claimants), never the whole register
    java.util.Set<Long> reported = new java.util.HashSet<>();
    claimed.forEach(c -> reported.add(c.memberId()));
    paidMonths.forEach(row -> reported.add(((Number) row[0]).longValue()));
    Map<Long, MemberPlace> places = members.places(reported);
    ClaimTally tally = ClaimTally.of(claimed, id -> {
      MemberPlace place = places.get(id);
      return place == null ? null : place.regionCode();
    });
    return new FundReport(balance, monthEnds, period, moneyIn, tally, arrears(thisMonth, paidMonths, places), new FundCover(balance, paidLastYear, LAST_MONTHS));
  }

  /** Every fund member's id, joining day, and the months she paid before this one and their sum: one query. */
  @SuppressWarnings("unchecked")
  private List<Object[]> paidMonths(YearMonth thisMonth) {
    return em.createNativeQuery("SELECT w.member_id, w.joined_on, COUNT(c.month), COALESCE(SUM(c.amount_satang), 0) FROM welfare_member w"
        + " LEFT JOIN welfare_contribution c ON c.member_id = w.member_id AND c.month < ? GROUP BY w.member_id, w.joined_on").setParameter(1, thisMonth.toString())
        .getResultList();
  }

  /**
   * Members in the fund and active in the register with months unpaid before this month, by group,
   * from each member's joining day and the months she paid ({@link #paidMonths}).
   */
  private List<GroupArrears> arrears(YearMonth thisMonth, List<Object[]> paidMonths, Map<Long, MemberPlace> places) {
    WelfareScheme scheme = fund.scheme();
    Map<YearMonth, Money> monthly = new HashMap<>();
    GroupArrears.Tally tally = new GroupArrears.Tally();
    for (Object[] row : paidMonths) {
      MemberPlace place = places.get(((Number) row[0]).longValue());
      if (place == null || !place.active()) {
        continue; // a member who left or died owes the fund nothing more
      }
      LocalDate joined = row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1];
      ContributionArrears owed = ContributionArrears.of(YearMonth.from(joined), thisMonth, ((Number) row[2]).longValue(), Money.ofSatang(((Number) row[3]).longValue()),
          m -> monthly.computeIfAbsent(m, month -> scheme.inForceOn(month.atDay(1)).monthlyContribution()));
      tally.add(place.groupId(), owed);
    }
    return tally.groups();
  }
}
