package coop.fairshare.split;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a group and each of its makers earned from sales, read from the ledger: the credits that
 * sale postings made to their accounts, less any reversed (refunded) ones. A producer reads her own
 * group's; a treasurer any group's.
 */
@Stateless
public class GroupEarnings {

  static final String GROUP_PAYABLE = "2200-";
  static final String GROUP_MAKERS_PAYABLE = "2150-";
  static final String MAKER_PAYABLE = "2100-";
  static final String MEMBER_SAVINGS = "2300-";

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Accounts accounts;

  /** A maker's earnings: paid to her, and put into her savings. */
  public record MakerEarning(long memberId, String memberNumber, String nameTh, Money cash, Money savings) implements Serializable {
    public Money total() {
      return cash.plus(savings);
    }
  }

  /** A group's earnings over a period. */
  public record Earnings(long groupId, LocalDate from, LocalDate to, Money sales, long lines, Money group, Money unnamedMakers, List<MakerEarning> makers) implements Serializable {
    public Money makersTotal() {
      return makers.stream().map(MakerEarning::total).reduce(Money.ZERO, Money::plus).plus(unnamedMakers);
    }
  }

  @RolesAllowed(Roles.PRODUCER)
  public Earnings mine(LocalDate from, LocalDate to) {
    CallerAccount caller = accounts.caller();
    if (caller.groupId() == null) {
      throw new AccessRefused("group");
    }
    return of(caller.groupId(), from, to);
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Earnings ofGroup(long groupId, LocalDate from, LocalDate to) {
    return of(groupId, from, to);
  }

  private Earnings of(long groupId, LocalDate from, LocalDate to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new BadInput("period.order").on("to");
    }
    List<Object[]> rows = em.createNativeQuery("SELECT a.code, a.owner_kind, a.owner_id,"
        + " SUM(CASE WHEN l.side = 'C' THEN l.amount_satang ELSE -l.amount_satang END)"
        + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id"
        + " LEFT JOIN journal_entry r ON r.id = e.reverses_entry_id"
        + " WHERE (e.source = 'SALE' OR (e.source = 'REVERSAL' AND r.source = 'SALE')) AND e.entry_date BETWEEN ? AND ?"
        + " AND ((a.owner_kind = 'GROUP' AND a.owner_id = ?) OR (a.owner_kind = 'MEMBER' AND a.owner_id IN (SELECT id FROM member WHERE group_id = ?)))"
        + " GROUP BY a.id, a.code, a.owner_kind, a.owner_id")
        .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).setParameter(3, groupId).setParameter(4, groupId).getResultList();
    Money group = Money.ZERO;
    Money unnamed = Money.ZERO;
    Map<Long, Money[]> byMember = new LinkedHashMap<>();
    for (Object[] r : rows) {
      String code = (String) r[0];
      Money amount = Money.ofSatang(((Number) r[3]).longValue());
      if (code.startsWith(GROUP_PAYABLE)) {
        group = group.plus(amount);
      } else if (code.startsWith(GROUP_MAKERS_PAYABLE)) {
        unnamed = unnamed.plus(amount);
      } else {
        Money[] parts = byMember.computeIfAbsent(((Number) r[2]).longValue(), id -> new Money[] {Money.ZERO, Money.ZERO});
        int part = code.startsWith(MEMBER_SAVINGS) ? 1 : 0;
        parts[part] = parts[part].plus(amount);
      }
    }
    List<MakerEarning> makers = new ArrayList<>();
    if (!byMember.isEmpty()) {
      List<Object[]> members = em.createNativeQuery("SELECT id, member_number, full_name_th FROM member WHERE group_id = ? ORDER BY member_number").setParameter(1, groupId).getResultList();
      for (Object[] m : members) {
        Money[] parts = byMember.get(((Number) m[0]).longValue());
        if (parts != null) {
          makers.add(new MakerEarning(((Number) m[0]).longValue(), (String) m[1], (String) m[2], parts[0], parts[1]));
        }
      }
    }
    Object[] sales = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(s.amount_satang), 0), COUNT(*) FROM sale_split s JOIN journal_entry e ON e.id = s.posted_entry_id"
        + " WHERE s.group_id = ? AND e.entry_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)")
        .setParameter(1, groupId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to)).getSingleResult();
    return new Earnings(groupId, from, to, Money.ofSatang(((Number) sales[0]).longValue()), ((Number) sales[1]).longValue(), group, unnamed, makers);
  }
}
