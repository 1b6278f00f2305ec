package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.member.Member;
import coop.fairshare.member.MemberStatus;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo mode only: the welfare fund alive. The members of six groups in four regions are in the fund —
 * most brought in from the paper records years back, the demo's member login ({@code member},
 * HW-00003) among them — with their contributions (one member four months behind, a few a month or
 * two), and claims in every state: paid over the last year (a death grant among them), one waiting for
 * a first approval and one for a second, a death grant of ฿30,000 waiting in the payout queue for
 * money, one rejected with the reason she reads (the two who died: db/demo V6). Approved by the demo's {@code treasurer}, {@code treasurer2} and {@code admin}. Money goes
 * through the ledger as the desk posts it, with the same idempotency keys (contributions
 * {@code welfare-in-<receipt>}, payouts {@code welfare-claim-<id>}), so the books balance; each claim is
 * judged by the scheme like a real one. Runs once (a demo receipt existing means it ran).
 */
@Singleton
@Startup
@DependsOn({"Database", "DemoSales"})
public class DemoWelfare {

  static final String RECEIPTS = "DEMO-WF-";
  /** The member the demo's login belongs to, and the one who has fallen behind. */
  static final String MEMBER_LOGIN = "HW-00003";
  static final String BEHIND = "HW-00004";
  /** In the fund for eleven years: her family's claim for the death grant waits in the payout queue. */
  static final String LONGEST = "HW-00010";
  /** In the fund seven years; her death grant was paid months ago. */
  static final String DIED_EARLIER = "HW-00015";
  private static final Logger LOG = Logger.getLogger(DemoWelfare.class.getName());

  @EJB
  private Database database;

  @EJB
  private Ledger ledger;

  @EJB
  private WelfareFund fund;

  @EJB
  private ClaimPayouts payouts;

  @PersistenceContext
  private EntityManager em;

  private int receipts;
  private long bank;
  private long welfareFund;
  private LocalDate firstOpenDay;

  @PostConstruct
  void bringTheFundToLife() {
    if (!database.demoMode()) {
      return;
    }
    if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM welfare_payment WHERE receipt_no LIKE 'DEMO-WF-%'").getSingleResult()).longValue() > 0) {
      return;
    }
    LocalDate today = CoopTime.today();
    YearMonth thisMonth = YearMonth.from(today);
    // a month a treasurer already closed takes no more postings
    firstOpenDay = ledger.lastClosedMonth().map(month -> month.plusMonths(1).atDay(1)).orElse(LocalDate.MIN);
    bank = ledger.account(LedgerAccounts.BANK).id();
    welfareFund = ledger.account(LedgerAccounts.WELFARE_FUND).id();
    WelfareScheme scheme = fund.scheme();
    Random random = new Random(2026); // the same demo on every machine
    List<Member> members = em.createQuery("SELECT m FROM Member m JOIN FETCH m.group g WHERE g.id IN :groups ORDER BY m.id", Member.class)
        .setParameter("groups", List.of(1L, 2L, 3L, 7L, 13L, 18L)).getResultList();
    Map<String, Member> byNumber = new HashMap<>();
    Map<Long, LocalDate> joinedFund = new HashMap<>();
    Map<Long, Set<YearMonth>> paid = new HashMap<>();
    int payments = 0;
    for (Member member : members) {
      boolean died = member.status() == MemberStatus.DECEASED;
      if (!member.isActive() && !died) {
        continue;
      }
      byNumber.put(member.memberNumber(), member);
      // four groups kept the fund on paper for years; two more joined it this year or last
      boolean fromPaper = member.group().id() <= 7;
      LocalDate joined = fromPaper ? today.minusMonths(13 + random.nextInt(24)).withDayOfMonth(1 + random.nextInt(28))
          : today.minusMonths(8 + random.nextInt(8)).withDayOfMonth(1 + random.nextInt(28));
      if (member.memberNumber().equals(MEMBER_LOGIN)) {
        joined = today.minusYears(5).minusMonths(5).withDayOfMonth(15);
      }
      if (member.memberNumber().equals(LONGEST)) {
        joined = today.minusYears(11).withDayOfMonth(1); // in the fund from its first year
      }
      if (member.memberNumber().equals(DIED_EARLIER)) {
        joined = today.minusYears(7).withDayOfMonth(1);
      }
      if (joined.isBefore(member.joinedOn())) {
        joined = member.joinedOn();
      }
      em.persist(new WelfareMember(member.id(), joined, fromPaper ? "treasurer" : "treasurer2"));
      // most are paid up to last month or this one; one is four months behind, a few one or two
      int behind = member.memberNumber().equals(BEHIND) ? 4 : member.memberNumber().equals(MEMBER_LOGIN) ? 0 : random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0;
      YearMonth last = behind > 0 ? thisMonth.minusMonths(behind + 1L) : random.nextBoolean() ? thisMonth : thisMonth.minusMonths(1);
      if (died) {
        last = YearMonth.from(member.statusSince()).minusMonths(1); // paid up until she died
      }
      Set<YearMonth> months = new HashSet<>();
      payments += pay(member, YearMonth.from(joined), last, joined, today, scheme, months);
      paid.put(member.id(), months);
      joinedFund.put(member.id(), joined);
    }
    em.flush();

    // claims over the last year, each judged by the scheme in force on its day
    List<Demo> claims = List.of(
        new Demo("HW-00002", Benefit.CHILDBIRTH, 250, 0, 1, null, "member", ClaimState.PAID, null),
        new Demo("HW-00012", Benefit.HOSPITAL, 200, 3, 0, null, "producer", ClaimState.PAID, null),
        new Demo("HW-00050", Benefit.DISASTER, 150, 0, 0, Money.ofBaht(2000), "treasurer2", ClaimState.PAID, "บ้านถูกน้ำท่วม เครื่องทอเสียหาย"),
        new Demo(DIED_EARLIER, Benefit.DEATH, 130, 0, 0, null, "treasurer", ClaimState.PAID, "ลูกชายยื่นคำขอแทนครอบครัว"),
        new Demo(MEMBER_LOGIN, Benefit.HOSPITAL, 100, 2, 0, null, "member", ClaimState.PAID, "ผ่าตัดต้อกระจก"),
        new Demo("HW-00101", Benefit.HOSPITAL, 30, 2, 0, null, "treasurer2", ClaimState.PAID, null),
        new Demo("HW-00140", Benefit.HOSPITAL, 40, 2, 0, null, "treasurer2", ClaimState.REJECTED, null),
        new Demo(LONGEST, Benefit.DEATH, 20, 0, 0, null, "treasurer", ClaimState.QUEUED, "ลูกสาวยื่นคำขอแทนครอบครัว"),
        new Demo("HW-00053", Benefit.CHILDBIRTH, 12, 0, 1, null, "treasurer", ClaimState.WAITING_SECOND, null),
        new Demo("HW-00007", Benefit.HOSPITAL, 3, 3, 0, null, "producer", ClaimState.WAITING_FIRST, null),
        new Demo(MEMBER_LOGIN, Benefit.DISASTER, 5, 0, 0, Money.ofBaht(1500), "member", ClaimState.WAITING_FIRST, "พายุพัดหลังคาโรงทอพัง"));
    int made = 0;
    for (Demo d : claims) {
      Member member = byNumber.get(d.memberNumber);
      if (member == null) {
        continue;
      }
      LocalDate event = today.minusDays(d.daysAgo);
      ClaimFacts facts = new ClaimFacts(d.benefit, event, d.nights, d.children, d.requested);
      WelfareRules rules = scheme.inForceOn(event);
      MemberStanding standing = new MemberStanding(member.birthDate().orElse(null), joinedFund.get(member.id()), paid.get(member.id()));
      Assessment assessment = rules.assess(standing, facts, ClaimsOnRecord.soFar(em, member.id(), event, false));
      if (!assessment.eligible()) {
        LOG.warning("demo welfare claim for " + d.memberNumber + " not eligible: " + assessment.reasons());
        continue;
      }
      WelfareClaim claim = new WelfareClaim(member.id(), facts, assessment, rules.effectiveFrom(), d.note, d.submittedBy, at(event.plusDays(2), 9));
      em.persist(claim);
      em.flush();
      String first = d.submittedBy.equals("treasurer") ? "treasurer2" : "treasurer";
      String second = d.submittedBy.equals("treasurer2") || first.equals("treasurer2") ? "admin" : "treasurer2";
      switch (d.state) {
        case REJECTED -> claim.reject("treasurer", "ไม่มีใบรับรองแพทย์หรือใบเสร็จจากโรงพยาบาล ส่งเอกสารเพิ่มแล้วยื่นคำขอใหม่ได้", at(event.plusDays(4), 14));
        case WAITING_SECOND -> claim.approveFirst(first, d.requested, at(event.plusDays(3), 11));
        case QUEUED, PAID -> {
          claim.approveFirst(first, d.requested, at(event.plusDays(3), 11));
          claim.approveSecond(second, at(event.plusDays(4), 15));
          if (d.state == ClaimState.PAID) {
            LocalDate on = later(event.plusDays(4), firstOpenDay);
            PostedEntry entry = ledger.post(new JournalEntry(on, "Welfare claim " + claim.id() + ": " + claim.benefit() + " " + claim.eventDate(), EntrySource.WELFARE,
                "claim-" + claim.id(), "welfare-claim-" + claim.id(), null, "welfare-desk",
                List.of(PostingLine.debit(welfareFund, claim.amount()), PostingLine.credit(bank, claim.amount()))));
            claim.paid(entry.id(), at(on, 16));
          }
        }
        default -> { }
      }
      em.flush();
      made++;
    }
    LOG.info(joinedFund.size() + " members in the demo welfare fund, " + payments + " contributions, " + made + " claims; the fund holds " + payouts.fundBalance());
  }

  /** A demo claim: whose, what, how many days ago, and where it got to. */
  private record Demo(String memberNumber, Benefit benefit, int daysAgo, int nights, int children, Money requested, String submittedBy, ClaimState state,
      String note) {}

  /**
   * Her months from {@code from} to {@code to} paid as the desk takes them: the months before the
   * last year in one payment brought in from the paper records, then each month on its 5th.
   */
  private int pay(Member member, YearMonth from, YearMonth to, LocalDate joined, LocalDate today, WelfareScheme scheme, Set<YearMonth> paid) {
    YearMonth yearAgo = YearMonth.from(today).minusMonths(11);
    int count = 0;
    List<YearMonth> old = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to) && m.isBefore(yearAgo); m = m.plusMonths(1)) {
      old.add(m);
    }
    if (!old.isEmpty()) {
      contribute(member, old, later(yearAgo.atDay(2), joined), scheme, MoneyMethod.CASH);
      paid.addAll(old);
      count++;
    }
    for (YearMonth m = later(from, yearAgo); !m.isAfter(to); m = m.plusMonths(1)) {
      LocalDate on = later(later(m.atDay(5), joined), firstOpenDay);
      contribute(member, List.of(m), on.isAfter(today) ? today : on, scheme, count % 3 == 0 ? MoneyMethod.TRANSFER : MoneyMethod.CASH);
      paid.add(m);
      count++;
    }
    return count;
  }

  /** As the desk records a payment: one entry, cash and bank to the fund, and a row for each month. */
  private void contribute(Member member, List<YearMonth> months, LocalDate on, WelfareScheme scheme, MoneyMethod method) {
    String receipt = RECEIPTS + (++receipts);
    List<Money> each = months.stream().map(m -> scheme.inForceOn(m.atDay(1)).monthlyContribution()).toList();
    Money total = each.stream().reduce(Money.ZERO, Money::plus);
    String what = months.size() == 1 ? months.get(0).toString() : months.get(0) + ".." + months.get(months.size() - 1) + " (paper records)";
    PostedEntry entry = ledger.post(new JournalEntry(on, "Welfare contribution " + member.memberNumber() + " " + what + ", receipt " + receipt, EntrySource.WELFARE,
        member.memberNumber(), "welfare-in-" + receipt, null, "treasurer", List.of(PostingLine.debit(bank, total), PostingLine.credit(welfareFund, total))));
    em.createNativeQuery("INSERT INTO welfare_payment (member_id, receipt_no, method, amount_satang, paid_on, journal_entry_id, created_by) VALUES (?,?,?,?,?,?,?)")
        .setParameter(1, member.id()).setParameter(2, receipt).setParameter(3, method.name()).setParameter(4, total.satang()).setParameter(5, on)
        .setParameter(6, entry.id()).setParameter(7, "treasurer").executeUpdate();
    long paymentId = ((Number) em.createNativeQuery("SELECT id FROM welfare_payment WHERE receipt_no = ?").setParameter(1, receipt).getSingleResult()).longValue();
    for (int i = 0; i < months.size(); i++) {
      em.createNativeQuery("INSERT INTO welfare_contribution (member_id, month, payment_id, amount_satang) VALUES (?,?,?,?)").setParameter(1, member.id())
          .setParameter(2, months.get(i).toString()).setParameter(3, paymentId).setParameter(4, each.get(i).satang()).executeUpdate();
    }
  }

  private static Instant at(LocalDate day, int hour) {
    Instant then = day.atTime(hour, 0).atZone(CoopTime.ZONE).toInstant();
    Instant now = CoopTime.now();
    return then.isAfter(now) ? now : then;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }
}
