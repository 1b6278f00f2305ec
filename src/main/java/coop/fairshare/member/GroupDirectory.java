package coop.fairshare.member;

import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.IdChunks;
import coop.fairshare.shared.persistence.Like;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds regional networks, producer groups and members. Groups are public (shoppers read their
 * stories); the member register is for treasurers and admins only.
 */
@Stateless
public class GroupDirectory {

  /** Groups a menu lists at most; beyond, a page asks for a group's code. */
  public static final int PICKER_GROUPS = 300;

  /** Where the count of active members stops: a national network's million are "more than" this, not counted on every view. */
  public static final int MEMBERS_COUNTED_AT_MOST = 10_000;

  @PersistenceContext
  private EntityManager em;

  @PermitAll
  public List<Region> regions() {
    return em.createQuery("SELECT r FROM Region r ORDER BY r.sortOrder", Region.class).getResultList();
  }

  @PermitAll
  public Optional<Region> region(String code) {
    return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class).setParameter("code", code).getResultStream().findFirst();
  }

  /** All groups, region by region, for the directory. */
  @PermitAll
  public List<ProducerGroup> groups() {
    return em.createQuery("SELECT g FROM ProducerGroup g LEFT JOIN FETCH g.leader ORDER BY g.region.sortOrder, g.code", ProducerGroup.class).getResultList();
  }

  /**
   * Every group, for a picker, while there are at most {@code limit}; none beyond (a national
   * network's ten thousand make no list to scroll, and would cost every page that shows it).
   * Whether there are more is asked as "is there a group after the first {@code limit}" (one id
   * back, not the limit's ids), so the answer costs the same however many groups there are.
   */
  @PermitAll
  public List<ProducerGroup> groupsForPicker(int limit) {
    if (!em.createQuery("SELECT g.id FROM ProducerGroup g", Long.class).setFirstResult(limit).setMaxResults(1).getResultList().isEmpty()) {
      return List.of();
    }
    return groups();
  }

  /**
   * A page of the directory, region by region and by code, for the API: as long as a page however
   * many groups there are, and uncounted (a client follows "next" while there is one).
   */
  @PermitAll
  public Page<ProducerGroup> groupsPage(int page, int size) {
    List<ProducerGroup> rows = em.createQuery("SELECT g FROM ProducerGroup g LEFT JOIN FETCH g.leader ORDER BY g.region.sortOrder, g.code", ProducerGroup.class)
        .setFirstResult(Page.firstRow(page, size)).setMaxResults(size + 1).getResultList();
    return Page.uncounted(rows.subList(0, Math.min(size, rows.size())), rows.size() > size, page, size);
  }

  /** The groups of these ids, by id, a thousand a query (IdChunks): names for another area's report of some of them. */
  @PermitAll
  public Map<Long, ProducerGroup> groups(java.util.Collection<Long> ids) {
    Map<Long, ProducerGroup> groups = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(ids)) {
      em.createQuery("SELECT g FROM ProducerGroup g WHERE g.id IN :ids", ProducerGroup.class).setParameter("ids", chunk).getResultStream().forEach(g -> groups.put(g.id(), g));
    }
    return groups;
  }

  /**
   * The group a page's address names, {@code ?group=}: by id (a menu's choice) or by code (typed,
   * once there are too many groups for a menu).
   */
  @PermitAll
  public Optional<ProducerGroup> groupNamed(String idOrCode) {
    if (idOrCode == null || idOrCode.isBlank()) {
      return Optional.empty();
    }
    String raw = idOrCode.strip();
    return raw.matches("[0-9]{1,18}") ? group(Long.parseLong(raw)) : groupByCode(raw);
  }

  /** The first group in the directory's order (region, then code): what a page of one group shows when none is named. */
  @PermitAll
  public Optional<ProducerGroup> firstGroup() {
    return em.createQuery("SELECT g FROM ProducerGroup g ORDER BY g.region.sortOrder, g.code", ProducerGroup.class).setMaxResults(1).getResultStream().findFirst();
  }

  /** A group by its code (as a treasurer types it: any case, spaces around). */
  @PermitAll
  public Optional<ProducerGroup> groupByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT g FROM ProducerGroup g WHERE g.code = :c", ProducerGroup.class).setParameter("c", code.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream().findFirst();
  }

  /** How many groups each region has, by region id. */
  @PermitAll
  public Map<Long, Long> groupCountsByRegion() {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery("SELECT g.region.id, COUNT(g) FROM ProducerGroup g GROUP BY g.region.id", Object[].class).getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  /** A page of one region's groups by code (read in the order of the region-and-code index). */
  @PermitAll
  public List<ProducerGroup> groupsOfRegion(long regionId, int page, int size) {
    return em.createQuery("SELECT g FROM ProducerGroup g WHERE g.region.id = :r ORDER BY g.code", ProducerGroup.class).setParameter("r", regionId)
        .setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
  }

  /** The ids of every group, in one query (each has a public page). */
  @PermitAll
  public List<Long> groupIds() {
    return em.createQuery("SELECT g.id FROM ProducerGroup g ORDER BY g.id", Long.class).getResultList();
  }

  @PermitAll
  public Optional<ProducerGroup> group(long id) {
    return em.createQuery("SELECT g FROM ProducerGroup g LEFT JOIN FETCH g.leader WHERE g.id = :id", ProducerGroup.class).setParameter("id", id).getResultStream().findFirst();
  }

  @PermitAll
  public ProducerGroup requireGroup(long id) {
    return group(id).orElseThrow(() -> new NotFound("group", id));
  }

  @PermitAll
  public long activeMemberCount(long groupId) {
    return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.group.id = :g AND m.status = :s", Long.class)
        .setParameter("g", groupId)
        .setParameter("s", MemberStatus.ACTIVE)
        .getSingleResult();
  }


  /**
   * A page of groups by code (read by the code's index, 50 rows, not all sorted), whose code or
   * Thai or English name holds {@code search}, each with its members counted (only the page's
   * groups, from the members' group-and-status index).
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Page<GroupSummary> groupSummaries(String search, int page, int size) {
    int first = Page.firstRow(page, size);
    String where = "";
    String pattern = null;
    if (search != null && !search.isBlank()) {
      where = " WHERE g.code LIKE :q OR g.nameTh LIKE :q OR g.nameEn LIKE :q";
      pattern = Like.containing(search.strip());
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM ProducerGroup g" + where, Long.class);
    // the page's ids along the code's index first, then those groups: sorting whole rows (their stories) for a deep page took 20 ms
    TypedQuery<Long> ids = em.createQuery("SELECT g.id FROM ProducerGroup g" + where + " ORDER BY g.code", Long.class);
    if (pattern != null) {
      count.setParameter("q", pattern);
      ids.setParameter("q", pattern);
    }
    List<Long> pageIds = ids.setFirstResult(first).setMaxResults(size).getResultList();
    Map<Long, ProducerGroup> byId = groups(pageIds);
    List<ProducerGroup> groups = pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    Map<Long, long[]> counts = new HashMap<>();
    if (!groups.isEmpty()) {
      List<Object[]> counted = em.createQuery("SELECT m.group.id, m.status, COUNT(m) FROM Member m WHERE m.group.id IN :groups GROUP BY m.group.id, m.status", Object[].class)
          .setParameter("groups", groups.stream().map(ProducerGroup::id).toList()).getResultList();
      for (Object[] row : counted) {
        long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
        long n = (Long) row[2];
        c[1] += n;
        if (row[1] == MemberStatus.ACTIVE) {
          c[0] += n;
        }
      }
    }
    List<GroupSummary> summaries = groups.stream().map(g -> {
      long[] c = counts.getOrDefault(g.id(), new long[2]);
      return new GroupSummary(g, c[0], c[1]);
    }).toList();
    return new Page<>(summaries, page, size, count.getSingleResult());
  }

  /** How many groups there are. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public long groupCount() {
    return em.createQuery("SELECT COUNT(g) FROM ProducerGroup g", Long.class).getSingleResult();
  }

  /**
   * The network's active members, counted up to {@link #MEMBERS_COUNTED_AT_MOST} and one more: a
   * count above it means "more than" (reading at most that many rows, however big the network).
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public long activeMembersCountedToLimit() {
    return BoundedCount.members(em, " WHERE status = ?", List.of(MemberStatus.ACTIVE.name()), MEMBERS_COUNTED_AT_MOST);
  }

  /** One member's number and name, for other areas (the ledger names her accounts by them). */
  @PermitAll
  public Optional<MemberName> memberName(long memberId) {
    return Optional.ofNullable(em.find(Member.class, memberId)).map(MemberName::of);
  }

  /** The numbers and names of these members, by id, a thousand a query: a page of payees names them. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Map<Long, MemberName> memberNames(java.util.Collection<Long> ids) {
    Map<Long, MemberName> names = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(ids)) {
      // the three columns, not the members: a payout proposal names 110,000 makers, and every managed
      // entity is one more for the persistence context to compare at each later flush
      for (Object[] m : em.createQuery("SELECT m.id, m.memberNumber, m.fullNameTh FROM Member m WHERE m.id IN :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
        names.put((Long) m[0], new MemberName((Long) m[0], (String) m[1], (String) m[2]));
      }
    }
    return names;
  }

  /**
   * Every member's number and name, by number, while there are at most {@code limit}; empty beyond
   * (counting stops at the limit, so the answer costs the same however big the register).
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Optional<List<MemberName>> memberNamesIfAtMost(int limit) {
    if (limit < 0 || em.createQuery("SELECT m.id FROM Member m", Long.class).setMaxResults(limit + 1).getResultList().size() > limit) {
      return Optional.empty();
    }
    return Optional.of(em.createQuery("SELECT m FROM Member m ORDER BY m.memberNumber", Member.class).getResultStream().map(MemberName::of).toList());
  }

  /** A member's number and name by her member number (as a treasurer types it). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Optional<MemberName> memberNameByNumber(String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT m FROM Member m WHERE m.memberNumber = :n", Member.class).setParameter("n", number.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream().findFirst().map(MemberName::of);
  }

  /** The numbers and names of a group's members, by member number: who earned what in a group's sales. */
  @RolesAllowed({Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN})
  public List<MemberName> memberNames(long groupId) {
    return em.createQuery("SELECT m FROM Member m WHERE m.group.id = :g ORDER BY m.memberNumber", Member.class).setParameter("g", groupId)
        .getResultStream().map(MemberName::of).toList();
  }

  /** The member register, optionally of one group. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<Member> members(Long groupId) {
    if (groupId == null) {
      return em.createQuery("SELECT m FROM Member m JOIN FETCH m.group ORDER BY m.memberNumber", Member.class).getResultList();
    }
    return em.createQuery("SELECT m FROM Member m JOIN FETCH m.group WHERE m.group.id = :g ORDER BY m.memberNumber", Member.class).setParameter("g", groupId).getResultList();
  }
}
