package coop.fairshare.payment;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.Member;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where makers and groups are paid, kept by treasurers. Only ever shown masked; never on a public
 * page or in a public answer.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class Payees {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private GroupDirectory directory;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /** Writes (or replaces) a payee's details; the payee must be a known member or group. */
  public PayeeView save(Payee payee, PayeeAccount account) {
    String name = nameOf(payee).orElseThrow(() -> new NotFound(payee.kind() == PayeeKind.MEMBER ? "member" : "group", payee.id()));
    PayeeDetail detail = find(payee).orElse(null);
    if (detail == null) {
      detail = new PayeeDetail(payee, account, session.getCallerPrincipal().getName(), clock.instant());
      em.persist(detail);
    } else {
      detail.change(account, session.getCallerPrincipal().getName(), clock.instant());
    }
    em.flush();
    return PayeeView.of(detail, name);
  }

  public Optional<PayeeView> of(Payee payee) {
    return find(payee).map(d -> PayeeView.of(d, nameOf(payee).orElse(payee.key())));
  }

  /** Every payee with details, groups first, then makers, by name. */
  public List<PayeeView> withDetails() {
    Map<Payee, String> names = names();
    return em.createQuery("SELECT d FROM PayeeDetail d", PayeeDetail.class).getResultStream()
        .map(d -> PayeeView.of(d, names.getOrDefault(d.payee(), d.payee().key())))
        .sorted(java.util.Comparator.comparing((PayeeView v) -> v.payee().kind()).thenComparing(PayeeView::name)).toList();
  }

  /** Everyone who may be paid, for a treasurer's choice: the groups, then the makers, with their names. */
  public Map<Payee, String> names() {
    Map<Payee, String> names = new LinkedHashMap<>();
    for (ProducerGroup g : directory.groups()) {
      names.put(Payee.group(g.id()), g.nameTh());
    }
    for (Member m : directory.members(null)) {
      names.put(Payee.member(m.id()), m.fullNameTh() + " (" + m.memberNumber() + ")");
    }
    return names;
  }

  /** The full details for a payout run's lines (the run keeps them as they were when proposed). */
  public Map<Payee, PayeeAccount> accounts() {
    Map<Payee, PayeeAccount> accounts = new LinkedHashMap<>();
    em.createQuery("SELECT d FROM PayeeDetail d", PayeeDetail.class).getResultStream().forEach(d -> accounts.put(d.payee(), d.account()));
    return accounts;
  }

  private Optional<String> nameOf(Payee payee) {
    if (payee.kind() == PayeeKind.GROUP) {
      return directory.group(payee.id()).map(ProducerGroup::nameTh);
    }
    return directory.memberName(payee.id()).map(m -> m.fullNameTh() + " (" + m.memberNumber() + ")");
  }

  private Optional<PayeeDetail> find(Payee payee) {
    return em.createQuery("SELECT d FROM PayeeDetail d WHERE d.payeeKind = :k AND d.payeeId = :id", PayeeDetail.class)
        .setParameter("k", payee.kind()).setParameter("id", payee.id()).getResultStream().findFirst();
  }
}
