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

  public String productName(java.util.Locale locale) {
    return coop.fairshare.shared.Bilingual.pick(locale, productNameTh, productNameEn);
  }

  public String groupName(java.util.Locale locale) {
    return coop.fairshare.shared.Bilingual.pick(locale, groupNameTh, groupNameEn);
  }
}
