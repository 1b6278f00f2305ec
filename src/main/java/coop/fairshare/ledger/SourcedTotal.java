package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/**
 * What one kind of posting moved on an account over a period: its source and the start of its
 * idempotency key up to the second hyphen ({@code welfare-in}, {@code sale-split}), which names the
 * use case that posted it, with the credits and debits it made.
 */
public record SourcedTotal(EntrySource source, String keyKind, Money credits, Money debits) implements Serializable {}
