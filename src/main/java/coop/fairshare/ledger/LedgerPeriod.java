package coop.fairshare.ledger;

import java.io.Serializable;
import java.time.Instant;

/** An accounting month (yyyy-MM), open or closed. */
public record LedgerPeriod(String period, boolean closed, String closedBy, Instant closedAt) implements Serializable {}
