package coop.fairshare.welfare;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.member.Member;
import coop.fairshare.member.Members;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BadInput;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims on the welfare fund: submitted for a member by herself, her group's leader or a treasurer,
 * judged by the same rules as an assessment, approved by two different people and then paid from
 * the fund in approval order ({@link ClaimPayouts}), or rejected with a reason she reads.
 *
 * <p>LockOrder: a submission locks the member's row in the fund first (so two claims for her take
 * turns and the second counts the first against the yearly caps); an approval or rejection locks
 * the claim's row first — the second approval, which pays, takes the welfare desk's row before it.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class WelfareClaims {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Members members;

  @EJB
  private Accounts accounts;

  @EJB
  private WelfareFund fund;

  @EJB
  private ClaimPayouts payouts;

  @Resource
  private SessionContext session;

  /**
   * A claim for a member: refused with the scheme's first reason when the scheme would not pay it,
   * otherwise stored waiting for its first approval, with its papers.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public ClaimView submit(String memberNumber, ClaimFacts facts, String note, List<ClaimDocument> documents) {
    Member member = claimable(memberNumber);
    if (facts.eventDate().isAfter(CoopTime.today())) {
      throw new BadInput("welfare.claim.eventFuture").on("eventDate");
    }
    if (note != null && note.strip().length() > WelfareClaim.MOST_REASON) {
      throw new BadInput("welfare.claim.noteLong", WelfareClaim.MOST_REASON).on("note");
    }
    List<ClaimDocument> papers = documents == null ? List.of() : documents;
    if (papers.size() > ClaimDocument.MOST_PER_CLAIM) {
      throw new BadInput("welfare.document.tooMany", ClaimDocument.MOST_PER_CLAIM).on("documents");
    }
    if (em.createNativeQuery("SELECT member_id FROM welfare_member WHERE member_id = ? FOR UPDATE").setParameter(1, member.id()).getResultList().isEmpty()) {
      throw new BusinessRuleViolation("welfare.member.notEnrolled", member.memberNumber()).on("memberNumber");
    }
    WelfareScheme scheme = fund.scheme();
    WelfareRules rules = scheme.inForceOn(facts.eventDate());
    Assessment assessment = rules.assess(fund.standingOf(member), facts, ClaimsOnRecord.soFar(em, member.id(), facts.eventDate(), true));
    Optional<Reason> refusal = assessment.refusal();
    if (!assessment.eligible()) {
      throw new BusinessRuleViolation("welfare.claim.notEligible", refusal.map(Reason::asText).map(Object.class::cast).orElse("-")).on("eventDate");
    }
    WelfareClaim claim = new WelfareClaim(member.id(), facts, assessment, rules.effectiveFrom(), note, caller(), CoopTime.now());
    em.persist(claim);
    em.flush();
    for (ClaimDocument paper : papers) {
      store(claim.id(), paper);
    }
    return view(claim, member);
  }

  /**
   * What the scheme would say of a claim for a member the caller may claim for, counting her
   * claims on record, storing nothing: the form's check before she submits.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public Assessment assess(String memberNumber, ClaimFacts facts) {
    Member member = claimable(memberNumber);
    return fund.scheme().assess(fund.standingOf(member), facts, ClaimsOnRecord.soFar(em, member.id(), facts.eventDate(), false));
  }

  /** The number of the signed-in member, for the form that claims for herself. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public Optional<String> callerMemberNumber() {
    Long me = accounts.caller().memberId();
    return me == null ? Optional.empty() : members.byId(me).map(Member::memberNumber);
  }

  /** Another paper for a claim still waiting for approval, from whoever may see it. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public ClaimView addDocument(long claimId, ClaimDocument paper) {
    WelfareClaim claim = visible(claimId);
    if (!claim.state().isOpen()) {
      throw new BusinessRuleViolation("welfare.claim.state." + claim.state().name());
    }
    long already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM welfare_claim_document WHERE claim_id = ?").setParameter(1, claimId).getSingleResult()).longValue();
    if (already >= ClaimDocument.MOST_PER_CLAIM) {
      throw new BadInput("welfare.document.tooMany", ClaimDocument.MOST_PER_CLAIM).on("documents");
    }
    store(claimId, paper);
    return view(claim, memberOf(claim));
  }

  /**
   * The next approval of a claim. The first is a treasurer's (for a disaster she sets the amount);
   * the second, by someone else again, queues it for payment and pays what the fund can cover.
   */
  public ClaimView approve(long claimId, Money disasterAmount) {
    // the second approval pays: the desk first, before any read, so the fund's balance read after
    // it is the latest and no other payout runs meanwhile
    em.createNativeQuery("SELECT id FROM welfare_desk WHERE id = 1 FOR UPDATE").getResultList();
    WelfareClaim claim = locked(claimId);
    if (claim.state() == ClaimState.WAITING_FIRST) {
      if (!session.isCallerInRole(Roles.TREASURER)) {
        throw new BusinessRuleViolation("welfare.claim.approve.treasurerFirst");
      }
      claim.approveFirst(caller(), disasterAmount, CoopTime.now());
    } else {
      claim.approveSecond(caller(), CoopTime.now());
      em.flush();
      payouts.payQueue();
    }
    return view(claim, memberOf(claim));
  }

  /** Pays the queue as far as the fund now covers it, in a transaction of its own. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public List<Long> payQueueNow() {
    return payouts.payQueue();
  }

  /** What the fund holds now. */
  public Money fundBalance() {
    return payouts.fundBalance();
  }

  /** A rejection while the claim waits for an approval, with the reason the member reads. */
  public ClaimView reject(long claimId, String reason) {
    WelfareClaim claim = locked(claimId);
    claim.reject(caller(), reason, CoopTime.now());
    return view(claim, memberOf(claim));
  }

  /** One claim, for whoever may see it: the desk any, a member her own, a leader her group's. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public ClaimView claim(long claimId) {
    WelfareClaim claim = visible(claimId);
    return view(claim, memberOf(claim));
  }

  /** A paper of a claim, for whoever may see the claim. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public ClaimDocument document(long claimId, long documentId) {
    visible(claimId);
    List<?> rows = em.createNativeQuery("SELECT file_name, content_type, content FROM welfare_claim_document WHERE id = ? AND claim_id = ?").setParameter(1, documentId)
        .setParameter(2, claimId).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("welfareDocument", documentId);
    }
    Object[] row = (Object[]) rows.get(0);
    return new ClaimDocument((String) row[0], (String) row[1], (byte[]) row[2]);
  }

  /** The treasurers' work: claims waiting for an approval, oldest first. */
  public List<ClaimView> waiting() {
    return views(em.createQuery("SELECT c FROM WelfareClaim c WHERE c.state IN :s ORDER BY c.submittedAt, c.id", WelfareClaim.class)
        .setParameter("s", List.of(ClaimState.WAITING_FIRST, ClaimState.WAITING_SECOND)).getResultList());
  }

  /** Approved claims the fund could not yet cover, in the order they will be paid. */
  public List<ClaimView> queue() {
    return views(em.createQuery("SELECT c FROM WelfareClaim c WHERE c.state = :s ORDER BY c.approvedAt, c.id", WelfareClaim.class)
        .setParameter("s", ClaimState.QUEUED).getResultList());
  }

  /** The latest decided claims (paid or rejected), newest first. */
  public List<ClaimView> decided(int most) {
    return views(em.createQuery("SELECT c FROM WelfareClaim c WHERE c.state IN :s ORDER BY c.id DESC", WelfareClaim.class)
        .setParameter("s", List.of(ClaimState.PAID, ClaimState.REJECTED)).setMaxResults(most).getResultList());
  }

  /** Every claim whose event falls in a period, as the treasurers' report counts them (read only). */
  public List<ClaimTally.Claim> forReport(LocalDate from, LocalDate to) {
    List<ClaimTally.Claim> claims = new ArrayList<>();
    for (Object o : em.createNativeQuery("SELECT member_id, benefit, event_date, state, amount_satang FROM welfare_claim WHERE event_date BETWEEN ? AND ?")
        .setParameter(1, from).setParameter(2, to).getResultList()) {
      Object[] row = (Object[]) o;
      LocalDate on = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
      claims.add(new ClaimTally.Claim(((Number) row[0]).longValue(), Benefit.valueOf((String) row[1]), on, ClaimState.valueOf((String) row[3]),
          Money.ofSatang(((Number) row[4]).longValue())));
    }
    return claims;
  }

  /** A member's claims, newest first: the desk's view of her. */
  public List<ClaimView> ofMember(String memberNumber) {
    Member member = members.byNumber(memberNumber).orElseThrow(() -> new NotFound("member", memberNumber).on("memberNumber"));
    return claimsOf(member.id());
  }

  /** Whether the signed-in producer leads her group, and so may claim for its members. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public boolean callerLeadsAGroup() {
    if (!session.isCallerInRole(Roles.PRODUCER)) {
      return false;
    }
    Long me = accounts.caller().memberId();
    return me != null && members.byId(me).flatMap(m -> m.group().leader()).map(Member::id).filter(me::equals).isPresent();
  }

  /** The claims the caller submitted (a leader's for her group's members), newest first. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public List<ClaimView> submittedByMe() {
    return views(em.createQuery("SELECT c FROM WelfareClaim c WHERE c.submittedBy = :me ORDER BY c.id DESC", WelfareClaim.class).setParameter("me", caller())
        .setMaxResults(50).getResultList());
  }

  /** The signed-in member's own claims, newest first. */
  @RolesAllowed(Roles.MEMBER)
  public List<ClaimView> mine() {
    Long me = accounts.caller().memberId();
    if (me == null) {
      return List.of();
    }
    return claimsOf(me);
  }

  private List<ClaimView> claimsOf(long memberId) {
    return views(em.createQuery("SELECT c FROM WelfareClaim c WHERE c.memberId = :m ORDER BY c.eventDate DESC, c.id DESC", WelfareClaim.class)
        .setParameter("m", memberId).getResultList());
  }

  private void store(long claimId, ClaimDocument paper) {
    em.createNativeQuery("INSERT INTO welfare_claim_document (claim_id, file_name, content_type, size_bytes, content, uploaded_by) VALUES (?,?,?,?,?,?)")
        .setParameter(1, claimId).setParameter(2, paper.fileName()).setParameter(3, paper.contentType()).setParameter(4, paper.bytes().length)
        .setParameter(5, paper.bytes()).setParameter(6, caller()).executeUpdate();
  }

  /**
   * The member a claim may be made for by this caller: anyone for the desk, herself for a member,
   * the members of her own group for a group's leader. Anyone else's number is "not found".
   */
  private Member claimable(String memberNumber) {
    Member member = members.byNumber(memberNumber).orElseThrow(() -> new NotFound("member", memberNumber).on("memberNumber"));
    if (!mayActFor(member)) {
      throw new NotFound("member", memberNumber).on("memberNumber");
    }
    return member;
  }

  private boolean mayActFor(Member member) {
    if (session.isCallerInRole(Roles.TREASURER) || session.isCallerInRole(Roles.ADMIN)) {
      return true;
    }
    CallerAccount me = accounts.caller();
    if (me.memberId() == null) {
      return false;
    }
    if (me.memberId().equals(member.id())) {
      return true;
    }
    return session.isCallerInRole(Roles.PRODUCER) && member.group().leader().map(Member::id).filter(me.memberId()::equals).isPresent();
  }

  private WelfareClaim visible(long claimId) {
    WelfareClaim claim = em.find(WelfareClaim.class, claimId);
    if (claim == null || !mayActFor(memberOf(claim))) {
      throw new NotFound("welfareClaim", claimId);
    }
    return claim;
  }

  private WelfareClaim locked(long claimId) {
    if (em.createNativeQuery("SELECT id FROM welfare_claim WHERE id = ? FOR UPDATE").setParameter(1, claimId).getResultList().isEmpty()) {
      throw new NotFound("welfareClaim", claimId);
    }
    return em.find(WelfareClaim.class, claimId);
  }

  private Member memberOf(WelfareClaim claim) {
    return members.byId(claim.memberId()).orElseThrow(() -> new NotFound("member", claim.memberId()));
  }

  private List<ClaimView> views(List<WelfareClaim> claims) {
    Map<Long, Member> who = new HashMap<>();
    List<ClaimView> views = new ArrayList<>();
    for (WelfareClaim claim : claims) {
      views.add(view(claim, who.computeIfAbsent(claim.memberId(), id -> members.byId(id).orElseThrow())));
    }
    return views;
  }

  private ClaimView view(WelfareClaim c, Member m) {
    List<ClaimView.DocumentInfo> papers = new ArrayList<>();
    for (Object o : em.createNativeQuery("SELECT id, file_name, content_type, size_bytes FROM welfare_claim_document WHERE claim_id = ? ORDER BY id").setParameter(1, c.id())
        .getResultList()) {
      Object[] row = (Object[]) o;
      papers.add(new ClaimView.DocumentInfo(((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).intValue()));
    }
    return new ClaimView(c.id(), m.memberNumber(), m.fullNameTh(), m.fullNameEn().orElse(null), m.group().code(), m.group().region().code(), c.benefit(), c.eventDate(),
        c.nights(), c.children(), c.amount(), c.state(), c.note().orElse(null), c.submittedBy(), c.submittedAt(), c.firstApprover().orElse(null),
        c.secondApprover().orElse(null), c.approvedAt().orElse(null), c.rejectionReason().orElse(null), c.paidAt().orElse(null), c.payoutEntryId().orElse(null), papers);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
