package coop.fairshare.catalog;

/** Why the stock on a shelf changed. */
public enum StockMovementKind {
  RECEIVED,
  RESERVED,
  SOLD,
  RELEASED,
  ADJUSTED,
  RETURNED
}
