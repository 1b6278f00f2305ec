package coop.fairshare.split;

import java.io.Serializable;

/**
 * Shares in basis points (1/100 of a percent) for the maker, her group, the cooperative fund and
 * the welfare fund, adding to 10,000; and the part of the maker's share paid straight into her
 * savings.
 */
public record SplitShares(int makerBp, int groupBp, int coopBp, int welfareBp, int makerSavingsBp) implements Serializable {

  public static final int WHOLE = 10_000;

  public SplitShares {
    if (makerBp < 0 || groupBp < 0 || coopBp < 0 || welfareBp < 0 || makerSavingsBp < 0) {
      throw new IllegalArgumentException("no share may be negative");
    }
    if (makerBp > WHOLE || groupBp > WHOLE || coopBp > WHOLE || welfareBp > WHOLE) {
      throw new IllegalArgumentException("no share may be more than 100%");
    }
    long sum = (long) makerBp + groupBp + coopBp + welfareBp; // in long: int parts could wrap round to 10,000
    if (sum != WHOLE) {
      throw new IllegalArgumentException("the shares must add up to 100% (10,000 basis points), not " + sum);
    }
    if (makerSavingsBp > makerBp) {
      throw new IllegalArgumentException("the savings part cannot be more than the maker's share");
    }
  }
}
