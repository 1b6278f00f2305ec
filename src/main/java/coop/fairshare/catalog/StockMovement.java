package coop.fairshare.catalog;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a variant's stock log: the signed change to the shelf and to the part of it held for
 * orders, both figures after it, and why.
 */
public record StockMovement(long id, long productId, long variantId, StockMovementKind kind, int quantity, int stockAfter, int reservedChange, int reservedAfter,
    String reference, String createdBy, Instant createdAt) implements Serializable {}
