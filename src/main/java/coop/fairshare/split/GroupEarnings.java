package coop.fairshare.split;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.ledger.OwnerEarning;
import coop.fairshare.ledger.PayableStanding;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.MemberName;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a group and each of its makers earned from sales, read from the ledger: the credits that
 * sale postings made to their accounts, less any reversed (refunded) ones. A producer reads her own
 * group's; a treasurer any group's.
 */
@Stateless
// only reads, for pages: no transaction of their own (one saves three round trips a view), and inside
// a caller's transaction they read in it
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GroupEarnings {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Accounts accounts;

  @EJB
  private Ledger ledger;

  @EJB
  private GroupDirectory directory;

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

  /** What one maker is owed now and was paid out in the period. */
  public record MakerPayout(long memberId, String memberNumber, String nameTh, Money owed, Money paid) implements Serializable {}

  /**
   * What the group is owed now and was paid in the period, for itself and for makers not named
   * on a product, and each maker likewise: from the ledger's payable accounts (savings stay saved).
   */
  public record Payouts(Money groupOwed, Money groupPaid, Money unnamedOwed, Money unnamedPaid, List<MakerPayout> makers) implements Serializable {}

  /** The producer's sales page: her group's earnings in the period and its payouts, read in one call. */
  public record Sales(Earnings earnings, Payouts payouts) implements Serializable {}

  /** Her group's {@link Sales}: the members' names are read once for both halves. */
  @RolesAllowed(Roles.PRODUCER)
  public Sales mySales(LocalDate from, LocalDate to) {
    CallerAccount caller = accounts.caller();
    if (caller.groupId() == null) {
      throw new AccessRefused("group");
    }
    List<MemberName> members = directory.memberNames(caller.groupId());
    return new Sales(of(caller.groupId(), members, from, to), payoutsOf(caller.groupId(), members, from, to));
  }

  private Payouts payoutsOf(long groupId, List<MemberName> members, LocalDate from, LocalDate to) {
    Money[] group = {Money.ZERO, Money.ZERO};
    Money[] unnamed = {Money.ZERO, Money.ZERO};
    Map<Long, Money[]> byMember = new LinkedHashMap<>();
    for (PayableStanding s : ledger.payablesOf(groupId, members.stream().map(MemberName::id).toList(), from, to)) {
      Money[] parts = switch (s.purpose()) {
        case GROUP_PAYABLE -> group;
        case GROUP_MAKERS_PAYABLE -> unnamed;
        default -> byMember.computeIfAbsent(s.account().ownerId(), id -> new Money[] {Money.ZERO, Money.ZERO});
      };
      parts[0] = parts[0].plus(s.owedNow());
      parts[1] = parts[1].plus(s.paidInPeriod());
    }
    List<MakerPayout> makers = new ArrayList<>();
    for (MemberName m : members) {
      Money[] parts = byMember.get(m.id());
      if (parts != null) {
        makers.add(new MakerPayout(m.id(), m.memberNumber(), m.fullNameTh(), parts[0], parts[1]));
      }
    }
    return new Payouts(group[0], group[1], unnamed[0], unnamed[1], makers);
  }

  @RolesAllowed(Roles.PRODUCER)
  public Earnings mine(LocalDate from, LocalDate to) {
    CallerAccount caller = accounts.caller();
    if (caller.groupId() == null) {
      throw new AccessRefused("group");
    }
    return of(caller.groupId(), directory.memberNames(caller.groupId()), from, to);
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Earnings ofGroup(long groupId, LocalDate from, LocalDate to) {
    return of(groupId, directory.memberNames(groupId), from, to);
  }

  private Earnings of(long groupId, List<MemberName> members, LocalDate from, LocalDate to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new BadInput("period.order").on("to");
    }
    Money group = Money.ZERO;
    Money unnamed = Money.ZERO;
    Map<Long, Money[]> byMember = new LinkedHashMap<>();
    for (OwnerEarning earning : ledger.saleEarnings(groupId, members.stream().map(MemberName::id).toList(), from, to)) {
      switch (earning.purpose()) {
        case GROUP_PAYABLE -> group = group.plus(earning.net());
        case GROUP_MAKERS_PAYABLE -> unnamed = unnamed.plus(earning.net());
        case MAKER_PAYABLE, MEMBER_SAVINGS -> {
          Money[] parts = byMember.computeIfAbsent(earning.ownerId(), id -> new Money[] {Money.ZERO, Money.ZERO});
          int part = earning.purpose() == OwnedAccount.MEMBER_SAVINGS ? 1 : 0;
          parts[part] = parts[part].plus(earning.net());
        }
      }
    }
    List<MakerEarning> makers = new ArrayList<>();
    for (MemberName m : members) {
      Money[] parts = byMember.get(m.id());
      if (parts != null) {
        makers.add(new MakerEarning(m.id(), m.memberNumber(), m.fullNameTh(), parts[0], parts[1]));
      }
    }
    // the group's sales posted in the period (ours, by the index on group and day: never its whole
    // history), of which the ledger says which still stand
    List<Object[]> posted = em.createNativeQuery("SELECT posted_entry_id, amount_satang - refunded_satang FROM sale_split WHERE group_id = ? AND posted_on BETWEEN ? AND ?")
        .setParameter(1, groupId).setParameter(2, from).setParameter(3, to).getResultList();
    Set<Long> standing = ledger.standingEntries(posted.stream().map(r -> ((Number) r[0]).longValue()).toList(), from, to);
    long sales = 0;
    long lines = 0;
    for (Object[] r : posted) {
      // a sale counts less what was refunded of it; one refunded whole is no sale
      long kept = ((Number) r[1]).longValue();
      if (standing.contains(((Number) r[0]).longValue()) && kept > 0) {
        sales += kept;
        lines++;
      }
    }
    return new Earnings(groupId, from, to, Money.ofSatang(sales), lines, group, unnamed, makers);
  }
}
