package coop.fairshare.split;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.CallerAccount;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.ledger.OwnerEarning;
import coop.fairshare.ledger.PayableStanding;
import coop.fairshare.member.Member;
import coop.fairshare.member.Members;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a member earned from the sales of what she made, read from the ledger: the credits sale
 * postings made to her own accounts (paid to her, put into her savings), less refunds; and what the
 * cooperative still owes her and paid out to her. Only ever her own: the login's member.
 */
@Stateless
public class MemberEarnings {

  @EJB
  private Accounts accounts;

  @EJB
  private Members members;

  @EJB
  private Ledger ledger;

  /** Her earnings over a period, and where her payable account stands. */
  public record Mine(String memberNumber, String nameTh, LocalDate from, LocalDate to, Money earned, Money saved, Money owedNow, Money paidInPeriod)
      implements Serializable {

    public Money total() {
      return earned.plus(saved);
    }
  }

  @RolesAllowed(Roles.MEMBER)
  public Mine mine(LocalDate from, LocalDate to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new BadInput("period.order").on("to");
    }
    CallerAccount caller = accounts.caller();
    if (caller.memberId() == null) {
      throw new NotFound("member", caller.username());
    }
    long me = caller.memberId();
    Member member = members.byId(me).orElseThrow(() -> new NotFound("member", me));
    long groupId = member.group().id();
    Money earned = Money.ZERO;
    Money saved = Money.ZERO;
    // the ledger answers the group's accounts too; only her own are kept
    for (OwnerEarning e : ledger.saleEarnings(groupId, List.of(me), from, to)) {
      if (e.ownerId() == me && e.purpose() == OwnedAccount.MAKER_PAYABLE) {
        earned = earned.plus(e.net());
      } else if (e.ownerId() == me && e.purpose() == OwnedAccount.MEMBER_SAVINGS) {
        saved = saved.plus(e.net());
      }
    }
    Money owed = Money.ZERO;
    Money paid = Money.ZERO;
    for (PayableStanding s : ledger.payablesOf(groupId, List.of(me), from, to)) {
      if (s.purpose() == OwnedAccount.MAKER_PAYABLE && Long.valueOf(me).equals(s.account().ownerId())) {
        owed = owed.plus(s.owedNow());
        paid = paid.plus(s.paidInPeriod());
      }
    }
    return new Mine(member.memberNumber(), member.fullNameTh(), from, to, earned, saved, owed, paid);
  }
}
