package coop.fairshare.payment;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.MemberName;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.IdChunks;
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

  /**
   * The payees with details a page at a time: groups first, then makers, each in the order they
   * joined (the details' unique key), named from the register for the page's payees only.
   */
  public Page<PayeeView> withDetails(int page, int size) {
    List<PayeeDetail> details = em.createQuery("SELECT d FROM PayeeDetail d ORDER BY d.payeeKind, d.payeeId", PayeeDetail.class)
        .setFirstResult(Page.firstRow(page, size)).setMaxResults(size + 1).getResultList();
    List<PayeeDetail> shown = details.subList(0, Math.min(size, details.size()));
    Map<Payee, String> names = names(shown.stream().map(PayeeDetail::payee).toList());
    return Page.uncounted(shown.stream().map(d -> PayeeView.of(d, names.getOrDefault(d.payee(), d.payee().key()))).toList(), details.size() > size, page, size);
  }

  /**
   * Everyone who may be paid, for a treasurer's menu, the groups then the makers, while there are
   * at most {@code limit} of them; none beyond (a national network's million members make no menu:
   * the treasurer types a group's code or a member's number instead, see {@link #resolve}).
   */
  public Map<Payee, String> choices(int limit) {
    Map<Payee, String> names = new LinkedHashMap<>();
    if (directory.groupCount() > limit) {
      return names;
    }
    List<ProducerGroup> groups = directory.groups();
    Optional<List<MemberName>> members = directory.memberNamesIfAtMost(limit - groups.size());
    if (members.isPresent()) {
      groups.forEach(g -> names.put(Payee.group(g.id()), g.nameTh()));
      members.get().forEach(m -> names.put(Payee.member(m.id()), m.fullNameTh() + " (" + m.memberNumber() + ")"));
    }
    return names;
  }

  /** The payees' names: a group's Thai name, a member's with her number. */
  public Map<Payee, String> names(java.util.Collection<Payee> payees) {
    Map<Payee, String> names = new LinkedHashMap<>();
    directory.groups(payees.stream().filter(p -> p.kind() == PayeeKind.GROUP).map(Payee::id).toList())
        .forEach((id, g) -> names.put(Payee.group(id), g.nameTh()));
    directory.memberNames(payees.stream().filter(p -> p.kind() == PayeeKind.MEMBER).map(Payee::id).toList())
        .forEach((id, m) -> names.put(Payee.member(id), m.fullNameTh() + " (" + m.memberNumber() + ")"));
    return names;
  }

  /** The details on file of these payees (a payout run's lines keep them as they were when proposed). */
  public Map<Payee, PayeeAccount> accounts(java.util.Collection<Payee> payees) {
    Map<Payee, PayeeAccount> accounts = new LinkedHashMap<>();
    for (PayeeKind kind : PayeeKind.values()) {
      List<Long> ids = payees.stream().filter(p -> p.kind() == kind).map(Payee::id).toList();
      for (List<Long> chunk : IdChunks.of(ids)) {
        em.createQuery("SELECT d FROM PayeeDetail d WHERE d.payeeKind = :k AND d.payeeId IN :ids", PayeeDetail.class).setParameter("k", kind).setParameter("ids", chunk)
            .getResultStream().forEach(d -> accounts.put(d.payee(), d.account()));
      }
    }
    return accounts;
  }

  /**
   * The payee a treasurer typed: a group's code, a member's number, or a payee's key ("group-5",
   * as the payout page links here); refused, next to the field, when it names no one.
   */
  public Payee resolve(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new BadInput("payee.required").on("payee");
    }
    return Payee.keyed(typed).or(() -> directory.groupByCode(typed).map(g -> Payee.group(g.id())))
        .or(() -> directory.memberNameByNumber(typed).map(m -> Payee.member(m.id())))
        .orElseThrow(() -> new BadInput("payee.notFound", typed.strip()).on("payee"));
  }

  /** What a treasurer would type for a payee: a group's code or a member's number (the key when neither is known). */
  public String codeOf(Payee payee) {
    if (payee.kind() == PayeeKind.GROUP) {
      return directory.group(payee.id()).map(ProducerGroup::code).orElse(payee.key());
    }
    return directory.memberName(payee.id()).map(MemberName::memberNumber).orElse(payee.key());
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
