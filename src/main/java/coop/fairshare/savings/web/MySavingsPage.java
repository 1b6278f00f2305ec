package coop.fairshare.savings.web;

import coop.fairshare.savings.Passbook;
import coop.fairshare.savings.SavingsAccountView;
import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.ShownKey;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** A member's own savings: each of her accounts with its balance and passbook, and the passbook as a PDF. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class MySavingsPage {

  @EJB
  private SavingsAccounts accounts;

  private Map<SavingsAccountView, Passbook> mine;

  public List<SavingsAccountView> getAccounts() {
    return List.copyOf(passbooks().keySet());
  }

  public List<Passbook.Line> lines(SavingsAccountView account) {
    return passbooks().get(account).lines();
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key her accounts and passbooks are kept under once drawn: the very figures shown (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(passbooks());
  }

  private Map<SavingsAccountView, Passbook> passbooks() {
    if (mine == null) {
      mine = accounts.myPassbooks();
    }
    return mine;
  }
}
