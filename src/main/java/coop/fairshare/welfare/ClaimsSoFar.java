package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/**
 * What the member's other claims, approved or waiting, already take in the event's calendar year —
 * for the yearly caps — and whether a once-only benefit was already claimed.
 */
public record ClaimsSoFar(Money hospitalThisYear, boolean oldAgeThisYear, boolean death) implements Serializable {

  public static final ClaimsSoFar NONE = new ClaimsSoFar(Money.ZERO, false, false);
}
