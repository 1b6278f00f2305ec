package coop.fairshare.account;

import coop.fairshare.member.CallerMembership;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Tells the register which member the caller is, from her login's link (see {@link CallerAccount#memberId()}). */
@ApplicationScoped
public class AccountMembership implements CallerMembership {

  @EJB
  private Accounts accounts;

  @Override
  public Optional<Long> memberId() {
    try {
      return Optional.ofNullable(accounts.caller().memberId());
    } catch (EJBAccessException | jakarta.ejb.AccessLocalException notSignedIn) {
      return Optional.empty();
    }
  }
}
