package coop.fairshare.savings;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Interest runs for treasurers: a run posts one ended period's interest to every account of a
 * product, in the background, once per account and period however often it is started.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class InterestRuns {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private InterestRunner runner;

  @EJB
  private InterestRuns self;

  @Resource
  private SessionContext session;

  /**
   * Starts a run (refused for a period that has not ended, or while one for the same product and
   * period is running) and hands it to a worker once its row is committed; answers its id.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(long productId, String period) {
    long id = self.create(productId, period);
    runner.launch(id);
    return id;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long create(long productId, String period) {
    SavingsProduct product = em.find(SavingsProduct.class, productId);
    if (product == null) {
      throw new NotFound("savingsProduct", productId).on("productId");
    }
    InterestPosting posting = product.terms().posting();
    InterestPeriod parsed = posting.parse(period);
    if (!parsed.hasEndedBy(CoopTime.today())) {
      throw new BusinessRuleViolation("savings.interest.notEnded", posting.label(parsed)).on("period");
    }
    String label = posting.label(parsed);
    boolean running = !em.createQuery("SELECT r.id FROM InterestRun r WHERE r.productId = :p AND r.period = :period AND r.state = :s", Long.class)
        .setParameter("p", productId).setParameter("period", label).setParameter("s", InterestRun.State.RUNNING).getResultList().isEmpty();
    if (running) {
      throw new BusinessRuleViolation("savings.interest.running", label).on("period");
    }
    long accounts = em.createQuery("SELECT COUNT(a) FROM SavingsAccount a WHERE a.product.id = :p AND a.openedOn <= :last AND a.closedOn IS NULL", Long.class)
        .setParameter("p", productId).setParameter("last", parsed.last()).getSingleResult();
    InterestRun run = new InterestRun(productId, label, (int) accounts, session.getCallerPrincipal().getName());
    em.persist(run);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // another treasurer started the same run a moment ago (the database's one-running-run key)
      throw new BusinessRuleViolation("savings.interest.running", label).on("period");
    }
    return run.id();
  }

  public InterestRun run(long id) {
    InterestRun run = em.find(InterestRun.class, id);
    if (run == null) {
      throw new NotFound("interestRun", id);
    }
    em.refresh(run);
    return run;
  }

  public List<InterestRun> recent(int limit) {
    return em.createQuery("SELECT r FROM InterestRun r ORDER BY r.id DESC", InterestRun.class).setMaxResults(limit).getResultList();
  }
}
