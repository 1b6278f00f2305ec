package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a claim says happened: the benefit, the day, and what it needs — nights in hospital,
 * children born, or the amount asked for a disaster. Each refused beside its field.
 */
public record ClaimFacts(Benefit benefit, LocalDate eventDate, int nights, int children, Money requested) implements Serializable {

  /** A stay longer than this is a typing slip, not a claim. */
  static final int MOST_NIGHTS = 366;
  static final int MOST_CHILDREN = 10;

  public ClaimFacts {
    if (benefit == null) {
      throw new BadInput("welfare.claim.benefit").on("benefit");
    }
    if (eventDate == null) {
      throw new BadInput("welfare.claim.eventDate").on("eventDate");
    }
    if (benefit == Benefit.HOSPITAL && (nights < 1 || nights > MOST_NIGHTS)) {
      throw new BadInput("welfare.claim.nights", MOST_NIGHTS).on("nights");
    }
    if (benefit == Benefit.CHILDBIRTH && (children < 1 || children > MOST_CHILDREN)) {
      throw new BadInput("welfare.claim.children", MOST_CHILDREN).on("children");
    }
    if (benefit == Benefit.DISASTER && (requested == null || !requested.isPositive())) {
      throw new BadInput("welfare.claim.amount").on("amount");
    }
    requested = benefit == Benefit.DISASTER ? requested : null;
  }
}
