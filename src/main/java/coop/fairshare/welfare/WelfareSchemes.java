package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The scheme's versions, as an ADMIN sets them (treasurers read them). Like split rules, a version
 * takes effect from its day and is never changed once in force: claims are judged by the version in
 * force on their event date, so the past stays as it was judged. A version still to come may be
 * replaced (saving another for its day) or withdrawn.
 *
 * <p>LockOrder: a change locks only the one version row it replaces or withdraws (by its unique
 * day or primary key) and nothing else.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class WelfareSchemes {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  /** Every version, newest day first, each with where it stands today. */
  public List<SchemeVersion> versions() {
    List<WelfareSchemeVersion> stored = em.createQuery("SELECT v FROM WelfareSchemeVersion v", WelfareSchemeVersion.class).getResultList();
    LocalDate today = CoopTime.today();
    LocalDate inForceFrom = stored.stream().map(WelfareSchemeVersion::effectiveFrom).filter(d -> !d.isAfter(today)).max(Comparator.naturalOrder()).orElse(null);
    return stored.stream().sorted(Comparator.comparing(WelfareSchemeVersion::effectiveFrom).reversed())
        .map(v -> new SchemeVersion(v.id(), v.rules(), v.createdBy(), v.createdAt(), v.effectiveFrom().isAfter(today) ? SchemeVersion.Standing.COMING
            : v.effectiveFrom().equals(inForceFrom) ? SchemeVersion.Standing.IN_FORCE : SchemeVersion.Standing.HISTORY))
        .toList();
  }

  /** The version in force today: the one a new version's form starts from. */
  public SchemeVersion inForce() {
    return versions().stream().filter(v -> v.standing() == SchemeVersion.Standing.IN_FORCE).findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("welfare.scheme.notInForce", CoopTime.today().toString()));
  }

  /**
   * A new version from its day on: today at the earliest, never in the past. A version already
   * saved for a day still to come is replaced; one for today is in force and stays.
   */
  @RolesAllowed(Roles.ADMIN)
  public SchemeVersion add(WelfareRules rules) {
    LocalDate today = CoopTime.today();
    LocalDate from = rules.effectiveFrom();
    if (from.isBefore(today)) {
      throw new BadInput("welfare.scheme.pastDate").on("effectiveFrom");
    }
    List<WelfareSchemeVersion> sameDay = em.createQuery("SELECT v FROM WelfareSchemeVersion v WHERE v.effectiveFrom = :d", WelfareSchemeVersion.class)
        .setParameter("d", from).getResultList();
    for (WelfareSchemeVersion old : sameDay) {
      if (!old.effectiveFrom().isAfter(today)) {
        throw new BusinessRuleViolation("welfare.scheme.inForceAlready", from.toString()).on("effectiveFrom");
      }
      em.remove(old);
    }
    WelfareSchemeVersion saved = new WelfareSchemeVersion(rules, session.getCallerPrincipal().getName(), CoopTime.now());
    try {
      em.flush();
      em.persist(saved);
      em.flush();
    } catch (PersistenceException e) {
      if (DuplicateKey.named(e, "uq_welfare_scheme_from")) {
        // another admin saved a version for this day a moment ago: the database's key refused ours
        throw new BusinessRuleViolation("welfare.scheme.sameDay", from.toString()).on("effectiveFrom");
      }
      throw e;
    }
    return versions().stream().filter(v -> v.id() == saved.id()).findFirst().orElseThrow();
  }

  /** Takes back a version that has not taken effect yet; one in force or past is history and stays. */
  @RolesAllowed(Roles.ADMIN)
  public void withdraw(long id) {
    WelfareSchemeVersion version = em.find(WelfareSchemeVersion.class, id);
    if (version == null) {
      throw new NotFound("welfareSchemeVersion", id);
    }
    if (!version.effectiveFrom().isAfter(CoopTime.today())) {
      throw new BusinessRuleViolation("welfare.scheme.inForceAlready", version.effectiveFrom().toString());
    }
    em.remove(version);
  }
}
