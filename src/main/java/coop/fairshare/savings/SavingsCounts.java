package coop.fairshare.savings;

import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.job.OneRunAtATime;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The members' savings totals for treasurers, as a job: start a count (one at a time across every
 * instance), follow it, and read what the latest finished count kept: its grand figures, the
 * regions' sums and one page of groups. Every read here is of a count's own rows, a few dozen at a
 * time, never of the accounts or the ledger.
 */
@Stateless
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
public class SavingsCounts {

  private static final String COLUMNS = "id, state, group_count, groups_counted, accounts, balance_satang, groups_listed, largest_group_satang, started_by,"
      + " started_at, heartbeat_at, finished_at";

  @PersistenceContext
  private EntityManager em;

  @EJB
  private SavingsCountSteps steps;

  @EJB
  private SavingsCountRunner runner;

  @Resource
  private SessionContext session;

  /**
   * Starts a count and hands it to a worker once its row is committed. While one is running
   * (started by anyone, on any instance) that one is answered instead; if its worker has gone
   * quiet, this instance takes it over from its checkpoint.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SavingsCount start() {
    String by = session.getCallerPrincipal().getName();
    OptionalLong started = OneRunAtATime.start(runner, () -> steps.create(by));
    // empty: the other start's count was done already (a small network): it is the latest
    return started.isPresent() ? run(started.getAsLong()) : latest().orElseThrow();
  }

  public SavingsCount run(long id) {
    return one("SELECT " + COLUMNS + " FROM savings_count_run WHERE id = ?", id).orElseThrow(() -> new NotFound("savingsCount", id));
  }

  /** The newest count, running or done: whose progress the page shows. */
  public Optional<SavingsCount> latest() {
    return one("SELECT " + COLUMNS + " FROM savings_count_run ORDER BY id DESC LIMIT 1");
  }

  /** The newest finished count: whose totals the page shows. */
  public Optional<SavingsCount> latestCounted() {
    return one("SELECT " + COLUMNS + " FROM savings_count_run WHERE state = 'DONE' ORDER BY id DESC LIMIT 1");
  }

  /** A count's savings per region and product, the regions in their order (a few rows a region). */
  public List<SavingsTotal> byRegion(long runId) {
    List<Object[]> rows = rows("SELECT region_id, product_id, SUM(accounts), SUM(balance_satang) FROM savings_count_total WHERE run_id = ?"
        + " GROUP BY region_id, product_id", runId);
    Map<Long, Region> regions = em.createQuery("SELECT r FROM Region r", Region.class).getResultStream().collect(Collectors.toMap(Region::id, Function.identity()));
    Map<Long, SavingsProduct> products = products();
    List<SavingsTotal> totals = new ArrayList<>();
    for (Object[] row : rows) {
      Region region = regions.get(number(row[0]));
      SavingsProduct product = products.get(number(row[1]));
      totals.add(new SavingsTotal(region.code(), region.nameTh(), region.nameEn(), 0, null, null, product.id(), product.nameTh(), product.nameEn(),
          (int) number(row[2]), Money.ofSatang(number(row[3]))));
    }
    Map<String, Integer> order = regions.values().stream().collect(Collectors.toMap(Region::code, Region::sortOrder));
    totals.sort(Comparator.comparingInt((SavingsTotal t) -> order.get(t.regionCode())).thenComparingLong(SavingsTotal::productId));
    return totals;
  }

  /**
   * One page of the groups with savings in a count, by region then code: each group's parts by
   * product, in that order. The page's groups are found through the count's own index (region,
   * code), so a late page reads no more than its place in that index.
   */
  public List<SavingsTotal> groupPage(long runId, int page, int size) {
    int first = Page.firstRow(page, size);
    List<Object[]> rows = rows("SELECT t.group_id, t.product_id, t.accounts, t.balance_satang, t.region_id, t.group_code FROM (SELECT DISTINCT region_sort,"
        + " group_code, group_id FROM savings_count_total WHERE run_id = ? ORDER BY region_sort, group_code, group_id LIMIT ? OFFSET ?) p"
        + " JOIN savings_count_total t ON t.run_id = ? AND t.group_id = p.group_id ORDER BY p.region_sort, p.group_code, t.group_id, t.product_id",
        runId, size, first, runId);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> number(r[0])).distinct().toList();
    Map<Long, ProducerGroup> groups = em.createQuery("SELECT g FROM ProducerGroup g WHERE g.id IN :ids", ProducerGroup.class).setParameter("ids", ids)
        .getResultStream().collect(Collectors.toMap(ProducerGroup::id, Function.identity()));
    Map<Long, Region> regions = em.createQuery("SELECT r FROM Region r", Region.class).getResultStream().collect(Collectors.toMap(Region::id, Function.identity()));
    Map<Long, SavingsProduct> products = products();
    List<SavingsTotal> parts = new ArrayList<>();
    for (Object[] row : rows) {
      long groupId = number(row[0]);
      SavingsProduct product = products.get(number(row[1]));
      Region region = regions.get(number(row[4]));
      // a group is never deleted; its code stands in should one ever be
      ProducerGroup group = groups.get(groupId);
      String code = (String) row[5];
      parts.add(new SavingsTotal(region.code(), region.nameTh(), region.nameEn(), groupId, group == null ? code : group.nameTh(), group == null ? code : group.nameEn(),
          product.id(), product.nameTh(), product.nameEn(), (int) number(row[2]), Money.ofSatang(number(row[3]))));
    }
    return parts;
  }

  private Map<Long, SavingsProduct> products() {
    return em.createQuery("SELECT p FROM SavingsProduct p", SavingsProduct.class).getResultStream().collect(Collectors.toMap(SavingsProduct::id, Function.identity()));
  }

  private Optional<SavingsCount> one(String sql, Object... values) {
    List<Object[]> found = rows(sql, values);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = found.get(0);
    return Optional.of(new SavingsCount(number(r[0]), SavingsCount.State.valueOf((String) r[1]), (int) number(r[2]), (int) number(r[3]), (int) number(r[4]),
        Money.ofSatang(number(r[5])), (int) number(r[6]), Money.ofSatang(number(r[7])), (String) r[8], instant(r[9]), instant(r[10]), instant(r[11])));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... values) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return query.getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.time.LocalDateTime local) {
      return java.sql.Timestamp.valueOf(local).toInstant();
    }
    return value == null ? null : value instanceof Instant at ? at : ((java.sql.Timestamp) value).toInstant();
  }
}
