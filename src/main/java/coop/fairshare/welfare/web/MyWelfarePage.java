package coop.fairshare.welfare.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.welfare.ClaimView;
import coop.fairshare.welfare.MyWelfare;
import coop.fairshare.welfare.WelfareClaims;
import coop.fairshare.welfare.WelfareFund;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** A member's own place in the welfare fund: since when, what she paid, what she owes, her claims and where each stands. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class MyWelfarePage {

  @EJB
  private WelfareFund fund;

  @EJB
  private WelfareClaims claims;

  private MyWelfare mine;
  private boolean read;
  private List<ClaimView> myClaims;

  public MyWelfare getMine() {
    if (!read) {
      mine = fund.mine().orElse(null);
      read = true;
    }
    return mine;
  }

  public List<ClaimView> getClaims() {
    if (myClaims == null) {
      myClaims = claims.mine();
    }
    return myClaims;
  }
}
