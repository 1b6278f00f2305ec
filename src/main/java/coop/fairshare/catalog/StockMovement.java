package coop.fairshare.catalog;

import java.io.Serializable;
import java.time.Instant;

/** One line of a product's stock log: a signed change, the stock after it, and why. */
public record StockMovement(long id, long productId, StockMovementKind kind, int quantity, int stockAfter, String reference, String createdBy, Instant createdAt)
    implements Serializable {}
