package coop.fairshare.member;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.shared.SearchGrams;
import coop.fairshare.shared.persistence.Like;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The member register, kept by treasurers: one use case a method. Numbers are issued by the app
 * ({@code FS-000001} on) from one counter row in the database, so every instance of the app takes
 * them in turn (LockOrder: {@code member_number_counter}, alone in its transaction's locks). A
 * member leaves or dies only when no area holds money for her ({@link MemberHoldings}).
 */
@Stateless
public class Members {

  /** A search that is a member number or its start ("NA-00012"): letters, a dash, digits. */
  private static final java.util.regex.Pattern NUMBER_START = java.util.regex.Pattern.compile("[A-Za-z]{1,4}-[0-9]*");

  /** The app's numbers; the demo's and older spreadsheets' numbers are HW-…, so they never meet. */
  static final String PREFIX = "FS-";
  static final long LAST_NUMBER = 999_999;

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @Any
  private Instance<MemberHoldings> holdings;

  @Inject
  @Any
  private Instance<CallerMembership> callers;

  /** A new member, numbered by the app; active from the day she joined. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Member register(MemberEntry entry, LocalDate joinedOn) {
    MemberDetails details = details(entry);
    Member.requireJoinable(details, joinedOn);
    Member member = new Member(numbers(1).get(0), details, joinedOn);
    em.persist(member);
    em.flush();
    return member;
  }

  /** New names, group, occupation, gender, birth date or phone. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Member edit(String number, MemberEntry entry) {
    Member member = require(number);
    member.edit(details(entry));
    em.flush();
    return member;
  }

  /** She leaves on this day; refused while money is held for her (she is paid out first). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Member leave(String number, LocalDate on) {
    Member member = require(number);
    refuseWhileHeld(member, "member.leave.moneyHeld");
    member.leave(on);
    em.flush();
    return member;
  }

  /** Her death on this day; refused while money is held for her (it goes to her heirs first). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Member recordDeath(String number, LocalDate on) {
    Member member = require(number);
    refuseWhileHeld(member, "member.death.moneyHeld");
    member.recordDeath(on);
    em.flush();
    return member;
  }

  /**
   * A member by her number: treasurers and admins see anyone; a member only herself (anyone else's
   * number is "not found", as if there were none).
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  public Member find(String number) {
    Member member = byNumber(number).orElseThrow(() -> new NotFound("member", number));
    if (!session.isCallerInRole(Roles.TREASURER) && !session.isCallerInRole(Roles.ADMIN) && !member.id().equals(callerMemberId().orElse(null))) {
      throw new NotFound("member", number);
    }
    return member;
  }

  /** The signed-in member's own record. */
  @RolesAllowed(Roles.MEMBER)
  public Member mine() {
    long id = callerMemberId().orElseThrow(() -> new NotFound("member", "-"));
    return byId(id).orElseThrow(() -> new NotFound("member", id));
  }

  /**
   * One member by id for other areas' services, which have already decided the caller may see her
   * (a login's own member, an account's owner).
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public Optional<Member> byId(long id) {
    return em.createQuery("SELECT m FROM Member m JOIN FETCH m.group WHERE m.id = :id", Member.class).setParameter("id", id).getResultStream().findFirst();
  }

  /**
   * A member by number for other areas' services (treasurers' savings pages name her by it; a
   * welfare claim names the member it is for), which decide whether the caller may see her.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  public Optional<Member> byNumber(String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT m FROM Member m JOIN FETCH m.group WHERE m.memberNumber = :n", Member.class).setParameter("n", number.strip().toUpperCase(Locale.ROOT))
        .getResultStream().findFirst();
  }

  /**
   * The group, region and whether she is active of each member named, by member id, a thousand a
   * query: other areas' reports over thousands of members (the welfare fund's arrears by group, its
   * claims by region) ask for the members they report on, never the whole register.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Map<Long, MemberPlace> places(java.util.Collection<Long> memberIds) {
    Map<Long, MemberPlace> places = new HashMap<>();
    for (List<Long> chunk : coop.fairshare.shared.persistence.IdChunks.of(memberIds)) {
      for (Object[] row : em.createQuery("SELECT m.id, g.id, r.code, m.status FROM Member m JOIN m.group g JOIN g.region r WHERE m.id IN :ids", Object[].class)
          .setParameter("ids", chunk).getResultList()) {
        places.put((Long) row[0], new MemberPlace((Long) row[0], (Long) row[1], (String) row[2], row[3] == MemberStatus.ACTIVE));
      }
    }
    return places;
  }

  /**
   * The register a page at a time, by member number: of one group or all, of one status or all,
   * whose number or Thai or English name holds {@code search} (a search written as a member number,
   * "NA-00012", finds the numbers that start so, by their index). Counted up to
   * {@link GroupDirectory#MEMBERS_COUNTED_AT_MOST} and one more: a total above it means "more
   * than" (and the pages go on while rows do), so a national register's million are never counted
   * on a view.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Page<Member> list(Long groupId, MemberStatus status, String search, int page, int size) {
    int first = Page.firstRow(page, size);
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    StringBuilder sqlWhere = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    List<Object> sqlParameters = new ArrayList<>();
    if (groupId != null) {
      where.append(" AND m.group.id = :g");
      sqlWhere.append(" AND group_id = ?");
      parameters.put("g", groupId);
      sqlParameters.add(groupId);
    }
    if (status != null) {
      where.append(" AND m.status = :s");
      sqlWhere.append(" AND status = ?");
      parameters.put("s", status);
      sqlParameters.add(status.name());
    }
    if (search != null && NUMBER_START.matcher(search.strip()).matches()) {
      // a member number, or its start, as on her card: read along the number's index, not through every name
      where.append(" AND m.memberNumber LIKE :q");
      sqlWhere.append(" AND member_number LIKE ?");
      parameters.put("q", search.strip().toUpperCase(Locale.ROOT) + "%");
      sqlParameters.add(search.strip().toUpperCase(Locale.ROOT) + "%");
    } else if (search != null && !search.isBlank() && search.chars().anyMatch(Character::isDigit)) {
      // a number's digits anywhere in it: read through every number, as before (names hold no digits)
      String like = Like.containing(search.strip());
      where.append(" AND (m.memberNumber LIKE :q OR m.fullNameTh LIKE :q OR m.fullNameEn LIKE :q)");
      sqlWhere.append(" AND (member_number LIKE ? OR full_name_th LIKE ? OR full_name_en LIKE ?)");
      parameters.put("q", like);
      sqlParameters.addAll(List.of(like, like, like));
    } else if (search != null && !search.isBlank()) {
      // a name: its words' trigrams narrow to the members who may hold it, each a semi-join so the
      // member stays the first table (MariaDB may then walk the register in number order for a
      // common name, or start from the rarest gram for a rare one); the LIKE confirms on those only
      List<String> grams = SearchGrams.toFind(List.of(Member.searchTextOf(search.strip(), null).split(" ")));
      for (int i = 0; i < grams.size(); i++) {
        where.append(" AND m.id IN (SELECT g").append(i).append(".memberId FROM MemberSearchGram g").append(i).append(" WHERE g").append(i).append(".gram = :g").append(i).append(")");
        sqlWhere.append(" AND id IN (SELECT member_id FROM member_search_gram WHERE gram = ?)");
        parameters.put("g" + i, grams.get(i));
        sqlParameters.add(grams.get(i));
      }
      String like = Like.containing(search.strip());
      where.append(" AND (m.fullNameTh LIKE :q OR m.fullNameEn LIKE :q)");
      sqlWhere.append(" AND (full_name_th LIKE ? OR full_name_en LIKE ?)");
      parameters.put("q", like);
      sqlParameters.addAll(List.of(like, like));
    }
    // the page's ids first, along the number's index (it holds the id: no member row is read for the rows a deep
    // page skips; reading whole rows to the offset made page 200 of a million members the register's slowest), then
    // those members, their groups in one more query, not joined: the member must stay the query's first table (see the grams above)
    TypedQuery<Long> ids = em.createQuery("SELECT m.id FROM Member m" + where + " ORDER BY m.memberNumber", Long.class);
    parameters.forEach(ids::setParameter);
    List<Long> pageIds = ids.setFirstResult(first).setMaxResults(size + 1).getResultList();
    List<Member> found = pageIds.isEmpty() ? List.of()
        : em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids ORDER BY m.memberNumber", Member.class).setParameter("ids", pageIds)
            .setHint("eclipselink.batch", "m.group").setHint("eclipselink.batch.type", "IN").getResultList();
    List<Member> shown = found.subList(0, Math.min(size, found.size()));
    // the whole register or a group's, by status: asked whether there is a member past the limit; a search: counted as read
    long counted = search == null || search.isBlank()
        ? BoundedCount.members(em, sqlWhere.toString(), sqlParameters, GroupDirectory.MEMBERS_COUNTED_AT_MOST)
        : BoundedCount.matchesAsRead(em, sqlWhere.toString(), sqlParameters, GroupDirectory.MEMBERS_COUNTED_AT_MOST);
    if (counted <= GroupDirectory.MEMBERS_COUNTED_AT_MOST) {
      return new Page<>(shown, page, size, counted);
    }
    // more than counted: a total still above the limit, and one more than this page when another follows
    return new Page<>(shown, page, size, Math.max(counted, Page.uncounted(shown, found.size() > size, page, size).total()));
  }

  /**
   * A spreadsheet of members: every row checked first; when all are good, all go in, numbered in
   * the file's order, in this one transaction (batched inserts); else nothing, and every bad line
   * with its reason.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public ImportOutcome importSpreadsheet(byte[] file) {
    long started = System.nanoTime();
    List<ProducerGroup> groups = em.createQuery("SELECT g FROM ProducerGroup g", ProducerGroup.class).getResultList();
    Map<String, ProducerGroup> byCode = new HashMap<>();
    Map<Long, ProducerGroup> byId = new HashMap<>();
    for (ProducerGroup g : groups) {
      byCode.put(g.code(), g);
      byId.put(g.id(), g);
    }
    MemberSpreadsheet.Checked checked = MemberSpreadsheet.check(file, code -> Optional.ofNullable(byCode.get(code)), id -> Optional.ofNullable(byId.get(id)));
    if (!checked.good()) {
      return new ImportOutcome.Refused(checked.problems());
    }
    List<MemberSpreadsheet.Row> rows = checked.rows();
    // JDBC on the transaction's own connection: JPA would insert 6,600 rows one round trip at a time
    try (Connection c = dataSource.getConnection()) {
      List<String> numbers = numbers(c, rows.size());
      Map<String, Set<String>> grams = new java.util.LinkedHashMap<>();
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO member (member_number, full_name_th, full_name_en, group_id, occupation, gender, birth_date, phone,"
          + " joined_on, status, status_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
        for (int i = 0; i < rows.size(); i++) {
          MemberSpreadsheet.Row row = rows.get(i);
          // the same object a registration makes: every rule of a new member holds for each row
          Member member = new Member(numbers.get(i), row.details(), row.joinedOn());
          insert.setString(1, member.memberNumber());
          insert.setString(2, member.fullNameTh());
          insert.setString(3, member.fullNameEn().orElse(null));
          insert.setLong(4, member.group().id());
          insert.setString(5, member.occupation());
          insert.setString(6, member.gender().name());
          insert.setObject(7, member.birthDate().orElse(null), Types.DATE);
          insert.setString(8, member.phone().map(p -> p.number()).orElse(null));
          insert.setObject(9, member.joinedOn(), Types.DATE);
          insert.setObject(10, member.statusSince(), Types.DATE);
          insert.addBatch();
          grams.put(member.memberNumber(), member.searchGrams());
          if ((i + 1) % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      // her names' trigrams, as the entity would write them (the register's name search reads them)
      Map<String, Long> ids = new HashMap<>();
      for (List<String> chunk : coop.fairshare.shared.persistence.IdChunks.of(numbers)) {
        try (PreparedStatement read = c.prepareStatement("SELECT member_number, id FROM member WHERE member_number IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            read.setString(i + 1, chunk.get(i));
          }
          try (java.sql.ResultSet found = read.executeQuery()) {
            while (found.next()) {
              ids.put(found.getString(1), found.getLong(2));
            }
          }
        }
      }
      List<Object[]> rowsOfGrams = new ArrayList<>();
      grams.forEach((number, its) -> its.forEach(g -> rowsOfGrams.add(new Object[] {g, ids.get(number)})));
      coop.fairshare.shared.persistence.ManyRows.insert(c, "member_search_gram (gram, member_id)", rowsOfGrams);
      return new ImportOutcome.Imported(rows.size(), numbers.get(0), numbers.get(numbers.size() - 1), (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  private MemberDetails details(MemberEntry entry) {
    if (entry == null) {
      throw new BadInput("error.bodyRequired");
    }
    ProducerGroup group = null;
    if (entry.groupId() != null) {
      group = Optional.ofNullable(em.find(ProducerGroup.class, entry.groupId())).orElseThrow(() -> new BadInput("member.group.unknown", entry.groupId()).on("groupId"));
    }
    return MemberDetails.of(entry.nameTh(), entry.nameEn(), group, entry.occupation(), entry.gender(), entry.birthDate(), entry.phone());
  }

  private Member require(String number) {
    return byNumber(number).orElseThrow(() -> new NotFound("member", number));
  }

  private void refuseWhileHeld(Member member, String key) {
    Money held = Money.ZERO;
    for (MemberHoldings h : holdings) {
      held = held.plus(h.heldFor(member.id()));
    }
    if (held.isPositive()) {
      throw new BusinessRuleViolation(key, held.toBaht().toPlainString());
    }
  }

  private Optional<Long> callerMemberId() {
    for (CallerMembership c : callers) {
      Optional<Long> id = c.memberId();
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  /** Takes the next numbers from the counter, through JPA's connection. */
  private List<String> numbers(int count) {
    long last = ((Number) em.createNativeQuery("SELECT last_issued FROM member_number_counter WHERE id = 1 FOR UPDATE").getSingleResult()).longValue();
    requireNumbersLeft(last, count);
    em.createNativeQuery("UPDATE member_number_counter SET last_issued = ? WHERE id = 1").setParameter(1, last + count).executeUpdate();
    return format(last, count);
  }

  private static List<String> numbers(Connection c, int count) throws SQLException {
    long last;
    try (PreparedStatement read = c.prepareStatement("SELECT last_issued FROM member_number_counter WHERE id = 1 FOR UPDATE"); ResultSet r = read.executeQuery()) {
      r.next();
      last = r.getLong(1);
    }
    requireNumbersLeft(last, count);
    try (PreparedStatement update = c.prepareStatement("UPDATE member_number_counter SET last_issued = ? WHERE id = 1")) {
      update.setLong(1, last + count);
      update.executeUpdate();
    }
    return format(last, count);
  }

  private static void requireNumbersLeft(long last, int count) {
    if (last + count > LAST_NUMBER) {
      throw new BusinessRuleViolation("member.number.exhausted");
    }
  }

  private static List<String> format(long last, int count) {
    List<String> numbers = new ArrayList<>(count);
    for (long n = last + 1; n <= last + count; n++) {
      numbers.add(PREFIX + String.format(Locale.ROOT, "%06d", n));
    }
    return numbers;
  }
}
