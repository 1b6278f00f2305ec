package coop.fairshare.split;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.CoopSettings;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.persistence.CoopSettings;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Split rules and the fair-price floor. Admins write them; the rule in force for a product is the
 * newest version, effective by the sale's date, of its group's rule, else its category's, else the
 * cooperative's.
 */
@Stateless
public class SplitRules {

  static final String FLOOR = "split.makerFloorBasisPoints";
  static final String ESTIMATED_FEE = "split.estimatedFeeBasisPoints";

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  @jakarta.ejb.EJB
  private GroupDirectory groups;

  private final Clock clock = Clock.systemUTC();

  /** A new version of a rule; it takes effect today at the earliest, never in the past. */
  @RolesAllowed(Roles.ADMIN)
  public SplitRule create(RuleScope scope, ProductCategory category, Long groupId, LocalDate effectiveFrom, SplitShares shares, String note) {
    if (effectiveFrom == null || effectiveFrom.isBefore(CoopTime.today())) {
      throw new BusinessRuleViolation("split.rule.pastDate").on("effectiveFrom");
    }
    if (groupId != null) {
      groups.requireGroup(groupId); // an unknown group is not found, not a foreign-key failure of the database
    }
    boolean taken = em.createQuery("SELECT r FROM SplitRule r WHERE r.scope = :s AND r.effectiveFrom = :d", SplitRule.class)
        .setParameter("s", scope).setParameter("d", effectiveFrom).getResultStream()
        .anyMatch(r -> r.category() == category && java.util.Objects.equals(r.groupId(), groupId));
    if (taken) {
      throw new BusinessRuleViolation("split.rule.sameDate");
    }
    SplitRule rule = new SplitRule(scope, category, groupId, effectiveFrom, shares, makerFloorBp(), note, session.getCallerPrincipal().getName(), clock.instant());
    em.persist(rule);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      if (namesTheVersionKey(e)) {
        // another admin saved this scope and date a moment ago: the database's key (V11) refused ours
        throw new BusinessRuleViolation("split.rule.sameDate");
      }
      throw e;
    }
    return rule;
  }

  /** The fair-price guarantee; existing rules below a raised floor stay as history but new ones must meet it. */
  @RolesAllowed(Roles.ADMIN)
  public void setMakerFloor(int basisPoints) {
    if (basisPoints < 0 || basisPoints > SplitShares.WHOLE) {
      throw new BusinessRuleViolation("split.floor.range");
    }
    CoopSettings.change(em, FLOOR, Integer.toString(basisPoints), session.getCallerPrincipal().getName());
  }

  @PermitAll
  public int makerFloorBp() {
    return setting(FLOOR, 5000);
  }

  /** What a card payment is expected to cost, for previews before the real fee is known. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public int estimatedFeeBp() {
    return setting(ESTIMATED_FEE, 0);
  }

  @PermitAll
  public List<SplitRule> all() {
    return em.createQuery("SELECT r FROM SplitRule r ORDER BY r.scope, r.category, r.groupId, r.effectiveFrom DESC", SplitRule.class).getResultList();
  }

  /**
   * The rule in force on a date for a product of this group and category: the versions of its three
   * scopes up to that date in one read along the version key, the narrowest scope's newest winning.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SplitRule ruleFor(long groupId, ProductCategory category, LocalDate on) {
    List<String> keys = new ArrayList<>(List.of(SplitRule.keyOf(RuleScope.GROUP, null, groupId), SplitRule.keyOf(RuleScope.COOP, null, null)));
    if (category != null) {
      keys.add(SplitRule.keyOf(RuleScope.CATEGORY, category, null));
    }
    List<SplitRule> versions = em.createQuery("SELECT r FROM SplitRule r WHERE r.scopeKey IN :keys AND r.effectiveFrom <= :on", SplitRule.class)
        .setParameter("keys", keys).setParameter("on", on).getResultList();
    return versions.stream()
        .max(Comparator.comparing((SplitRule r) -> r.scope().ordinal()).thenComparing(SplitRule::effectiveFrom).thenComparing(SplitRule::id))
        .orElseThrow(() -> new IllegalStateException("no cooperative split rule in force on " + on));
  }

  @PermitAll
  public SplitRule cooperativeRule(LocalDate on) {
    return newest("r.scope = :scope", RuleScope.COOP, null, null, on).orElseThrow(() -> new IllegalStateException("no cooperative split rule in force on " + on));
  }

  private Optional<SplitRule> newest(String where, RuleScope scope, Long groupId, ProductCategory category, LocalDate on) {
    var query = em.createQuery("SELECT r FROM SplitRule r WHERE " + where + " AND r.effectiveFrom <= :on ORDER BY r.effectiveFrom DESC, r.id DESC", SplitRule.class)
        .setParameter("scope", scope).setParameter("on", on).setMaxResults(1);
    if (groupId != null) {
      query.setParameter("g", groupId);
    }
    if (category != null) {
      query.setParameter("c", category);
    }
    return query.getResultStream().findFirst();
  }

  private static boolean namesTheVersionKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException && String.valueOf(t.getMessage()).contains("uq_split_rule_version")) {
        return true;
      }
    }
    return false;
  }

  private int setting(String name, int fallback) {
    return Math.toIntExact(CoopSettings.number(em, name, fallback));
  }
}
