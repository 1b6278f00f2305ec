package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Manual entries under two-person control: one treasurer proposes, another approves or rejects. */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class ManualEntries {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  public ManualEntryProposal propose(LocalDate entryDate, String description, List<PostingLine> lines) {
    // each line's account read by its id: never the list of every account (a million at national scale)
    java.util.Map<Long, Boolean> known = new java.util.HashMap<>();
    for (int i = 0; lines != null && i < lines.size(); i++) {
      if (lines.get(i) != null && !known.computeIfAbsent(lines.get(i).accountId(), id -> ledger.accountById(id).isPresent())) {
        // refused now, not when a second treasurer approves it
        throw new BadInput("ledger.manual.lineAccount", String.valueOf(i + 1)).on("account");
      }
    }
    ManualEntryProposal proposal = new ManualEntryProposal(entryDate, description, lines, caller(), clock.instant());
    em.persist(proposal);
    em.flush();
    return proposal;
  }

  /** Posts the proposal; the proposal row is locked so two approvals cannot both post it. */
  public PostedEntry approve(long proposalId) {
    ManualEntryProposal proposal = locked(proposalId);
    PostedEntry posted = ledger.post(proposal.approve(caller(), clock.instant()));
    proposal.recordPosting(posted.id());
    return posted;
  }

  public ManualEntryProposal reject(long proposalId) {
    ManualEntryProposal proposal = locked(proposalId);
    proposal.reject(caller(), clock.instant());
    return proposal;
  }

  public List<ManualEntryProposal> waiting() {
    return em.createQuery("SELECT p FROM ManualEntryProposal p WHERE p.status = :s ORDER BY p.id", ManualEntryProposal.class)
        .setParameter("s", ManualEntryProposal.Status.PROPOSED).getResultList();
  }

  public List<ManualEntryProposal> recent(int limit) {
    return em.createQuery("SELECT p FROM ManualEntryProposal p ORDER BY p.id DESC", ManualEntryProposal.class).setMaxResults(limit).getResultList();
  }

  private ManualEntryProposal locked(long id) {
    ManualEntryProposal proposal = em.find(ManualEntryProposal.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (proposal == null) {
      throw new NotFound("proposal", id);
    }
    return proposal;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
