package coop.fairshare.welfare;

import coop.fairshare.member.Member;
import coop.fairshare.member.Members;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.NotFound;
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
 * What the treasurer's welfare pages look up: members found by number or name, each with whether she
 * is in the fund, and one member's standing with it. The changes themselves (enrolling, paying) are
 * {@link WelfareFund}'s.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class WelfareDesk {

  static final int MOST_FOUND = 20;

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Members members;

  @EJB
  private WelfareFund fund;

  /** Up to {@value #MOST_FOUND} members whose number or Thai or English name holds the words typed. */
  public List<WelfareMemberSummary> find(String search) {
    if (search == null || search.isBlank()) {
      return List.of();
    }
    List<Member> found = members.list(null, null, search.strip(), 0, MOST_FOUND).items();
    Map<Long, LocalDate> joined = new HashMap<>();
    if (!found.isEmpty()) {
      em.createQuery("SELECT w FROM WelfareMember w WHERE w.memberId IN :ids", WelfareMember.class).setParameter("ids", found.stream().map(Member::id).toList())
          .getResultList().forEach(w -> joined.put(w.memberId(), w.joinedOn()));
    }
    return found.stream().map(m -> new WelfareMemberSummary(m.memberNumber(), m.fullNameTh(), m.fullNameEn().orElse(null), m.group().code(), m.isActive(), m.joinedOn(),
        joined.get(m.id()), List.of(), List.of(), null, 0, null)).toList();
  }

  /** One member and where she stands with the fund today (not found for an unknown number). */
  public WelfareMemberSummary member(String memberNumber) {
    Member m = members.byNumber(memberNumber).orElseThrow(() -> (NotFound) new NotFound("member", memberNumber).on("memberNumber"));
    WelfareMember enrolled = em.find(WelfareMember.class, m.id());
    if (enrolled == null) {
      return new WelfareMemberSummary(m.memberNumber(), m.fullNameTh(), m.fullNameEn().orElse(null), m.group().code(), m.isActive(), m.joinedOn(), null, List.of(),
          List.of(), null, 0, null);
    }
    MemberStanding standing = fund.standing(m.memberNumber());
    LocalDate today = CoopTime.today();
    WelfareRules rules = fund.scheme().inForceOn(today);
    List<YearMonth> unpaid = standing.unpaidBefore(today);
    return new WelfareMemberSummary(m.memberNumber(), m.fullNameTh(), m.fullNameEn().orElse(null), m.group().code(), m.isActive(), m.joinedOn(), enrolled.joinedOn(),
        standing.paidMonths().stream().sorted().toList(), unpaid, rules.firstEligibleDay(enrolled.joinedOn()), rules.mostUnpaidMonths(), rules.monthlyContribution());
  }
}
