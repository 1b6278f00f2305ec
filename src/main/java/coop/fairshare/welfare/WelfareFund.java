package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.member.Member;
import coop.fairshare.member.Members;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.ReceiptNo;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The welfare fund's desk: members enrolled in the fund, their monthly contributions (each payment
 * one balanced entry, cash and bank to the fund), and what the scheme says of a claim.
 *
 * <p>LockOrder: a contribution locks the member's row in the fund (by primary key) as its first
 * statement, so two payments for one member take turns and the second sees the months the first
 * paid; then the ledger.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class WelfareFund {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @EJB
  private Members members;

  @EJB
  private coop.fairshare.account.Accounts accounts;

  @Resource
  private SessionContext session;

  /** Every version of the scheme, by the day each takes effect: the rules are no secret. */
  @jakarta.annotation.security.PermitAll
  public WelfareScheme scheme() {
    return new WelfareScheme(em.createQuery("SELECT v FROM WelfareSchemeVersion v", WelfareSchemeVersion.class).getResultList().stream()
        .map(WelfareSchemeVersion::rules).toList());
  }

  /**
   * Enrols a member in the fund from a day (today when none is given; an earlier day when a treasurer
   * brings her in from the paper records), never in the future nor before she joined the network.
   */
  public WelfareMember enrol(String memberNumber, LocalDate joinedOn) {
    Member member = member(memberNumber);
    if (!member.isActive()) {
      throw new BusinessRuleViolation("welfare.enrol.notActive", member.memberNumber()).on("memberNumber");
    }
    LocalDate today = CoopTime.today();
    LocalDate on = joinedOn == null ? today : joinedOn;
    if (on.isAfter(today)) {
      throw new BadInput("welfare.enrol.future").on("joinedOn");
    }
    if (on.isBefore(member.joinedOn())) {
      throw new BadInput("welfare.enrol.beforeNetwork", member.joinedOn().toString()).on("joinedOn");
    }
    if (em.find(WelfareMember.class, member.id()) != null) {
      throw new BusinessRuleViolation("welfare.enrol.already", member.memberNumber()).on("memberNumber");
    }
    WelfareMember enrolled = new WelfareMember(member.id(), on, caller());
    em.persist(enrolled);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // another treasurer enrolled her a moment ago
      throw new BusinessRuleViolation("welfare.enrol.already", member.memberNumber()).on("memberNumber");
    }
    return enrolled;
  }

  /**
   * A payment for one or more months (paid ahead too), each at the contribution of the version in
   * force on the month's first day: one entry, Dr cash and bank, Cr the welfare fund.
   */
  public Money contribute(String memberNumber, List<YearMonth> months, String receipt, MoneyMethod method) {
    Member member = member(memberNumber);
    if (em.createNativeQuery("SELECT member_id FROM welfare_member WHERE member_id = ? FOR UPDATE").setParameter(1, member.id()).getResultList().isEmpty()) {
      throw new BusinessRuleViolation("welfare.member.notEnrolled", member.memberNumber()).on("memberNumber");
    }
    WelfareMember enrolled = em.find(WelfareMember.class, member.id());
    ContributionMonths asked = new ContributionMonths(months);
    asked.check(YearMonth.from(enrolled.joinedOn()), CoopTime.thisMonth(), paidMonths(member.id()));
    ReceiptNo receiptNo = new ReceiptNo(receipt);
    if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM welfare_payment WHERE receipt_no = ?").setParameter(1, receiptNo.value()).getSingleResult()).longValue() > 0) {
      throw new BusinessRuleViolation("welfare.receipt.used", receiptNo.value()).on("receiptNo");
    }
    MoneyMethod how = method == null ? MoneyMethod.CASH : method;
    WelfareScheme scheme = scheme();
    List<Money> each = asked.months().stream().map(m -> scheme.inForceOn(m.atDay(1)).monthlyContribution()).toList();
    Money total = each.stream().reduce(Money.ZERO, Money::plus);
    if (!total.isPositive()) {
      throw new BusinessRuleViolation("welfare.contribution.nothingDue").on("months");
    }
    LocalDate today = CoopTime.today();
    PostedEntry entry = ledger.post(new JournalEntry(today, "Welfare contribution " + member.memberNumber() + " " + asked.months().get(0) + (asked.months().size() > 1
        ? ".." + asked.months().get(asked.months().size() - 1) : "") + ", receipt " + receiptNo, EntrySource.WELFARE, member.memberNumber(), "welfare-in-" + receiptNo, null,
        caller(), List.of(PostingLine.debit(account(LedgerAccounts.BANK), total), PostingLine.credit(account(LedgerAccounts.WELFARE_FUND), total))));
    em.createNativeQuery("INSERT INTO welfare_payment (member_id, receipt_no, method, amount_satang, paid_on, journal_entry_id, created_by) VALUES (?,?,?,?,?,?,?)")
        .setParameter(1, member.id()).setParameter(2, receiptNo.value()).setParameter(3, how.name()).setParameter(4, total.satang()).setParameter(5, today)
        .setParameter(6, entry.id()).setParameter(7, caller()).executeUpdate();
    long paymentId = ((Number) em.createNativeQuery("SELECT id FROM welfare_payment WHERE receipt_no = ?").setParameter(1, receiptNo.value()).getSingleResult()).longValue();
    for (int i = 0; i < asked.months().size(); i++) {
      em.createNativeQuery("INSERT INTO welfare_contribution (member_id, month, payment_id, amount_satang) VALUES (?,?,?,?)").setParameter(1, member.id())
          .setParameter(2, asked.months().get(i).toString()).setParameter(3, paymentId).setParameter(4, each.get(i).satang()).executeUpdate();
    }
    return total;
  }

  /** Where a member stands with the fund: when she joined it, her birth date, the months she paid. */
  public MemberStanding standing(String memberNumber) {
    return standingOf(member(memberNumber));
  }

  /** Where a member stands, for the claims desk, which has already decided the caller may act for her. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public MemberStanding standingOf(Member member) {
    WelfareMember enrolled = em.find(WelfareMember.class, member.id());
    if (enrolled == null) {
      throw new BusinessRuleViolation("welfare.member.notEnrolled", member.memberNumber()).on("memberNumber");
    }
    return new MemberStanding(member.birthDate().orElse(null), enrolled.joinedOn(), paidMonths(member.id()));
  }

  /**
   * What the scheme in force on the event date says of a claim, storing nothing: the same rules
   * decide real claims.
   */
  public Assessment assess(String memberNumber, ClaimFacts claim) {
    Member member = member(memberNumber);
    return scheme().assess(standingOf(member), claim, ClaimsOnRecord.soFar(em, member.id(), claim.eventDate(), false));
  }

  /** The signed-in member's own place in the fund; empty when she is not in it. */
  @RolesAllowed(Roles.MEMBER)
  public java.util.Optional<MyWelfare> mine() {
    Long me = accounts.caller().memberId();
    WelfareMember enrolled = me == null ? null : em.find(WelfareMember.class, me);
    if (enrolled == null) {
      return java.util.Optional.empty();
    }
    Member member = members.byId(me).orElseThrow();
    LocalDate today = CoopTime.today();
    WelfareRules rules = scheme().inForceOn(today);
    MemberStanding standing = new MemberStanding(member.birthDate().orElse(null), enrolled.joinedOn(), paidMonths(me));
    java.util.Map<Long, List<YearMonth>> monthsOf = new java.util.HashMap<>();
    for (Object o : em.createNativeQuery("SELECT c.payment_id, c.month FROM welfare_contribution c WHERE c.member_id = ? ORDER BY c.month").setParameter(1, me).getResultList()) {
      Object[] row = (Object[]) o;
      monthsOf.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>()).add(YearMonth.parse(row[1].toString()));
    }
    List<MyWelfare.Payment> payments = new java.util.ArrayList<>();
    for (Object o : em.createNativeQuery("SELECT id, paid_on, receipt_no, method, amount_satang FROM welfare_payment WHERE member_id = ? ORDER BY paid_on DESC, id DESC")
        .setParameter(1, me).getResultList()) {
      Object[] row = (Object[]) o;
      LocalDate paidOn = row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1];
      payments.add(new MyWelfare.Payment(paidOn, (String) row[2], (String) row[3], Money.ofSatang(((Number) row[4]).longValue()),
          monthsOf.getOrDefault(((Number) row[0]).longValue(), List.of())));
    }
    return java.util.Optional.of(new MyWelfare(member.memberNumber(), enrolled.joinedOn(), rules.firstEligibleDay(enrolled.joinedOn()), rules.monthlyContribution(),
        standing.unpaidBefore(today), payments));
  }

  private Set<YearMonth> paidMonths(long memberId) {
    Set<YearMonth> paid = new HashSet<>();
    for (Object month : em.createNativeQuery("SELECT month FROM welfare_contribution WHERE member_id = ?").setParameter(1, memberId).getResultList()) {
      paid.add(YearMonth.parse(month.toString()));
    }
    return paid;
  }

  private Member member(String memberNumber) {
    return members.byNumber(memberNumber).orElseThrow(() -> (NotFound) new NotFound("member", memberNumber).on("memberNumber"));
  }

  private long account(String code) {
    return ledger.account(code).id();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
