package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/** What sales credited to one owner's account over a period, net of reversals; {@code purpose} says which account. */
public record OwnerEarning(OwnedAccount purpose, long ownerId, Money net) implements Serializable {}
