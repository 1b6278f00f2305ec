package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What one entry did to one account: its date, where it came from, and the amount on the account's
 * normal side (for a savings account, positive is money in). A statement is a list of these.
 */
public record AccountLine(long entryId, LocalDate date, EntrySource source, String description, Money amount) implements Serializable {}
