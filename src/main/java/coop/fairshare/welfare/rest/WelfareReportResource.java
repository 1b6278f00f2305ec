package coop.fairshare.welfare.rest;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.welfare.ClaimTally;
import coop.fairshare.welfare.FundReport;
import coop.fairshare.welfare.IncomeSource;
import coop.fairshare.welfare.ReportPeriod;
import coop.fairshare.welfare.WelfareReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The treasurers' report on the welfare fund, the same figures as the reports page. */
@Path("welfare/reports")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class WelfareReportResource {

  public record Period(String from, String to) {}

  public record MonthEnd(String month, long balanceSatang) {}

  public record MoneyInJson(long contributionsSatang, long salesSatang, long donationsSatang, long grantsSatang, long otherSatang, long totalSatang,
      long claimsPaidSatang) {}

  public record Counts(String key, int count, int paid, long paidSatang, int waiting, long waitingSatang, int rejected, long rejectedSatang) {

    static Counts of(Object key, ClaimTally.Counts c) {
      return new Counts(String.valueOf(key), c.count(), c.paid(), c.paidAmount().satang(), c.waiting(), c.waitingAmount().satang(), c.rejected(),
          c.rejectedAmount().satang());
    }
  }

  public record Claims(List<Counts> byBenefit, List<Counts> byRegion, List<Counts> byMonth, Counts all) {}

  public record Overdue(long groupId, String groupCode, int members, int months, long amountSatang) {}

  public record Cover(long paidLast12MonthsSatang, long averageMonthlyPayoutSatang, String monthsCovered) {}

  public record Report(long balanceSatang, Period period, List<MonthEnd> monthEnds, MoneyInJson moneyIn, Claims claims, List<Overdue> overdue, Cover cover) {}

  @EJB
  private WelfareReports reports;

  @EJB
  private GroupDirectory groups;

  @GET
  @Operation(summary = "The welfare fund's report: month-end balances, money in by source, claims by benefit, region and month, arrears by group, months covered")
  public Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
    FundReport r = reports.report(ReportPeriod.month(from, "from"), ReportPeriod.month(to, "to"));
    // the codes of the groups in arrears only, not the whole directory's
    Map<Long, ProducerGroup> named = groups.groups(r.arrears().stream().map(g -> g.groupId()).toList());
    var in = r.moneyIn();
    Function<List<? extends ClaimTally.Line<?>>, List<Counts>> lines = l -> l.stream().map(x -> Counts.of(x.key(), x.counts())).toList();
    return new Report(r.balance().satang(), new Period(r.period().from().toString(), r.period().to().toString()),
        r.monthEnds().stream().map(m -> new MonthEnd(m.month().toString(), m.balance().satang())).toList(),
        new MoneyInJson(in.of(IncomeSource.CONTRIBUTIONS).satang(), in.of(IncomeSource.SALES).satang(), in.of(IncomeSource.DONATIONS).satang(),
            in.of(IncomeSource.GRANTS).satang(), in.of(IncomeSource.OTHER).satang(), in.total().satang(), in.claimsPaid().satang()),
        new Claims(lines.apply(r.claims().byBenefit()), lines.apply(r.claims().byRegion()), lines.apply(r.claims().byMonth()), Counts.of("all", r.claims().all())),
        r.arrears().stream().map(g -> new Overdue(g.groupId(), Optional.ofNullable(named.get(g.groupId())).map(ProducerGroup::code).orElse("-"), g.members(), g.months(), g.amount().satang())).toList(),
        new Cover(r.cover().paidOverMonths().satang(), r.cover().averageMonthlyPayout().satang(),
            r.cover().monthsCovered().map(java.math.BigDecimal::toPlainString).orElse(null)));
  }
}
