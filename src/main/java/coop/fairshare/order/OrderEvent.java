package coop.fairshare.order;

import java.io.Serializable;
import java.time.Instant;

/** A line of an order's history; a parcel's when {@code parcel}, else the order's own. */
public record OrderEvent(String fromState, String toState, String note, String actor, Instant at, boolean parcel) implements Serializable {}
