package coop.fairshare.savings;

import coop.fairshare.ledger.Ledger;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.job.OneRunAtATime;
import coop.fairshare.shared.persistence.Database;
import coop.fairshare.shared.persistence.IdChunks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The transactions of a savings count's worker, each short and its own: a step counts the next
 * groups after the checkpoint (their accounts read here, their balances asked of the ledger), keeps
 * their totals by product and moves the checkpoint, committed together, so a count stopped anywhere
 * goes on from its checkpoint and counts each group once. Called by {@link SavingsCountRunner} on
 * its own threads and by the demo (no caller there to check); the use case that starts a count is
 * {@link SavingsCounts#start}, for treasurers.
 */
@Stateless
@PermitAll
public class SavingsCountSteps {

  /** Groups per step: about 22,000 accounts at a national network's 110 a group. */
  static final int GROUPS = 200;
  /** Kept rows of older counts deleted per transaction once a newer count is done. */
  static final int PRUNED = 5_000;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Ledger ledger;

  /** Inserts a running count; empty when another start won the one-running-count key a moment ago. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalLong create(String by) {
    long groups = em.createQuery("SELECT COUNT(g) FROM ProducerGroup g", Long.class).getSingleResult();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO savings_count_run (group_count, started_by) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, groups);
      insert.setString(2, by);
      return OneRunAtATime.inserted(insert);
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** Whether any count was ever started (the demo counts once). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean anyCount() {
    return !em.createNativeQuery("SELECT id FROM savings_count_run LIMIT 1").getResultList().isEmpty();
  }

  /**
   * Counts the next groups after the checkpoint; answers whether the count is finished (done now,
   * or no longer running).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean step(long runId) {
    try (Connection c = dataSource.getConnection()) {
      long after;
      // LockOrder: the run's row first (two instances on one count take turns step by step); the
      // accounts and the ledger's balances are only read
      try (PreparedStatement lock = c.prepareStatement("SELECT state, last_group_id FROM savings_count_run WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, runId);
        try (ResultSet row = lock.executeQuery()) {
          if (!row.next() || !"RUNNING".equals(row.getString(1))) {
            return true;
          }
          after = row.getLong(2);
        }
      }
      List<Object[]> groups = em.createQuery("SELECT g.id, g.code, r.id, r.sortOrder FROM ProducerGroup g JOIN g.region r WHERE g.id > :after ORDER BY g.id",
          Object[].class).setParameter("after", after).setMaxResults(GROUPS).getResultList();
      if (groups.isEmpty()) {
        try (PreparedStatement done = c.prepareStatement("UPDATE savings_count_run SET state = 'DONE', finished_at = CURRENT_TIMESTAMP(3),"
            + " heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
          done.setLong(1, runId);
          done.executeUpdate();
        }
        return true;
      }
      SavingsTally tally = tally(groups.stream().map(g -> (Long) g[0]).toList());
      keep(c, runId, tally, groups);
      try (PreparedStatement step = c.prepareStatement("UPDATE savings_count_run SET last_group_id = ?, groups_counted = groups_counted + ?,"
          + " accounts = accounts + ?, balance_satang = balance_satang + ?, groups_listed = groups_listed + ?,"
          + " largest_group_satang = GREATEST(largest_group_satang, ?), heartbeat_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
        step.setLong(1, (Long) groups.get(groups.size() - 1)[0]);
        step.setInt(2, groups.size());
        step.setInt(3, tally.accounts());
        step.setLong(4, tally.balance().satang());
        step.setInt(5, tally.groups());
        step.setLong(6, tally.largestGroup().satang());
        step.setLong(7, runId);
        step.executeUpdate();
      }
      return false;
    } catch (SQLException e) {
      throw new EJBException("savings count " + runId + " step failed", e);
    }
  }

  /**
   * Deletes a share of the kept totals of the counts done before this one (their figures are no
   * longer shown); answers how many rows went, zero once none is left.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int pruneBefore(long runId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement("DELETE FROM savings_count_total WHERE run_id < ?"
        + " AND run_id IN (SELECT id FROM savings_count_run WHERE state = 'DONE') LIMIT " + PRUNED)) {
      delete.setLong(1, runId);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new EJBException(e);
    }
  }

  /** The groups' accounts (every one, open or not, as the totals always counted) with their balances. */
  private SavingsTally tally(List<Long> groupIds) {
    List<Object[]> accounts = em.createQuery("SELECT m.group.id, a.product.id, a.ledgerAccountId FROM SavingsAccount a JOIN a.member m WHERE m.group.id IN :groups",
        Object[].class).setParameter("groups", groupIds).getResultList();
    List<Long> ledgerIds = accounts.stream().map(a -> (Long) a[2]).filter(id -> id != null).toList();
    Map<Long, Money> balances = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(ledgerIds)) {
      balances.putAll(ledger.creditBalances(chunk));
    }
    SavingsTally tally = new SavingsTally();
    for (Object[] a : accounts) {
      Money balance = a[2] == null ? Money.ZERO : balances.getOrDefault((Long) a[2], Money.ZERO);
      tally.add((Long) a[0], (Long) a[1], balance);
    }
    return tally;
  }

  /** Inserts the step's totals, each with its group's region and code for the page's order. */
  private static void keep(Connection c, long runId, SavingsTally tally, List<Object[]> groups) throws SQLException {
    Map<Long, Object[]> byId = new HashMap<>();
    groups.forEach(g -> byId.put((Long) g[0], g));
    List<SavingsTally.Part> parts = new ArrayList<>(tally.parts());
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO savings_count_total (run_id, group_id, product_id, region_id, region_sort, group_code,"
        + " accounts, balance_satang) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SavingsTally.Part part : parts) {
        Object[] group = byId.get(part.groupId());
        insert.setLong(1, runId);
        insert.setLong(2, part.groupId());
        insert.setLong(3, part.productId());
        insert.setLong(4, (Long) group[2]);
        insert.setInt(5, (Integer) group[3]);
        insert.setString(6, (String) group[1]);
        insert.setInt(7, part.accounts());
        insert.setLong(8, part.balance().satang());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
