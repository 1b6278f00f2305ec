package coop.fairshare.welfare;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;

/** The death grant from so many full years of membership on: the band with the most years she has reached applies. */
public record DeathBand(int fromYears, Money amount) implements Serializable {

  /** Longer than anyone is a member: a band beyond it is a slip of the keyboard. */
  static final int MOST_YEARS = 100;

  public DeathBand {
    if (fromYears < 0 || fromYears > MOST_YEARS) {
      throw new BadInput("welfare.scheme.bandYearsRange", MOST_YEARS).on("deathBands");
    }
    if (amount == null || amount.isNegative()) {
      throw new BadInput("welfare.scheme.amount").on("deathBands");
    }
  }
}
