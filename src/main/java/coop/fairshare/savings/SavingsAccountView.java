package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/** One savings account as lists and the API show it: whose, which product, where it stands, its balance. */
public record SavingsAccountView(String number, String memberNumber, String memberNameTh, long groupId, String groupNameTh, String groupNameEn, long productId,
    String productNameTh, String productNameEn, SavingsAccountStatus status, LocalDate openedOn, LocalDate closedOn, Money balance) implements Serializable {

  static SavingsAccountView of(SavingsAccount a, Money balance) {
    var member = a.member();
    var group = member.group();
    return new SavingsAccountView(a.number(), member.memberNumber(), member.fullNameTh(), group.id(), group.nameTh(), group.nameEn(), a.product().id(),
        a.product().nameTh(), a.product().nameEn(), a.status(), a.openedOn(), a.closedOn(), balance);
  }

  /**
   * What a list reads of an account instead of the entities (JPQL over {@code a} the account,
   * {@code m} its member, {@code g} her group, {@code p} its product), in the order {@link #of(Object[], Money)} takes.
   */
  static final String COLUMNS = "a.id, a.ledgerAccountId, m.memberNumber, m.fullNameTh, g.id, g.nameTh, g.nameEn, p.id, p.nameTh, p.nameEn, a.status, a.openedOn, a.closedOn";

  /** An account read as {@link #COLUMNS}, with its balance. */
  static SavingsAccountView of(Object[] row, Money balance) {
    return new SavingsAccountView(SavingsAccount.numberOf((Long) row[0]), (String) row[2], (String) row[3], (Long) row[4], (String) row[5], (String) row[6], (Long) row[7],
        (String) row[8], (String) row[9], (SavingsAccountStatus) row[10], (LocalDate) row[11], (LocalDate) row[12], balance);
  }

  /** The ledger account behind an account read as {@link #COLUMNS}: its balance's key. */
  static Long ledgerAccountIdOf(Object[] row) {
    return (Long) row[1];
  }

  public String productName(java.util.Locale locale) {
    return coop.fairshare.shared.Bilingual.pick(locale, productNameTh, productNameEn);
  }

  public String groupName(java.util.Locale locale) {
    return coop.fairshare.shared.Bilingual.pick(locale, groupNameTh, groupNameEn);
  }
}
