package coop.fairshare.savings;

import coop.fairshare.member.MemberHoldings;
import coop.fairshare.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells the member register what a member still has in savings: she is paid out before she leaves. */
@ApplicationScoped
public class SavingsHoldings implements MemberHoldings {

  @EJB
  private SavingsAccounts accounts;

  @Override
  public Money heldFor(long memberId) {
    return accounts.heldFor(memberId);
  }
}
