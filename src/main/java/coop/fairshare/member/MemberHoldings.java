package coop.fairshare.member;

import coop.fairshare.shared.Money;

/**
 * Money the cooperative holds for a member (her savings, say). The register asks every CDI bean
 * that implements this before a member leaves or her death is recorded, and refuses while the sum
 * is above zero: she is paid out first. Areas that hold money for members (savings) implement it;
 * the register knows none of them.
 */
public interface MemberHoldings {

  /** What this area holds for the member now; zero when nothing. */
  Money heldFor(long memberId);
}
