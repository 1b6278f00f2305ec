package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.List;

/** What the scheme says of a claim: whether it may be paid, how much, and why. */
public record Assessment(boolean eligible, Money amount, List<Reason> reasons) implements Serializable {

  public Assessment {
    reasons = List.copyOf(reasons);
    if (!eligible) {
      amount = Money.ZERO;
    }
  }

  /** Whether a reason with this code ({@code welfare.reason.<code>}) was given. */
  public boolean says(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals("welfare.reason." + code));
  }

  /** The first reason the claim cannot be paid, if it cannot. */
  public java.util.Optional<Reason> refusal() {
    return reasons.stream().filter(Reason::refuses).findFirst();
  }
}
