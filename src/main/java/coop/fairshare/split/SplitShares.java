package coop.fairshare.split;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.TextKey;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Shares in basis points (1/100 of a percent) for the maker, her group, the cooperative fund and
 * the welfare fund, adding to 10,000; and the part of the maker's share paid straight into her
 * savings.
 */
public record SplitShares(int makerBp, int groupBp, int coopBp, int welfareBp, int makerSavingsBp) implements Serializable {

  public static final int WHOLE = 10_000;

  /** The shares by the names a refusal gives them, in the order of the record. */
  private static final String[] SHARES = {"maker", "groupShare", "coop", "welfare", "makerSavings"};

  public SplitShares {
    int[] parts = {makerBp, groupBp, coopBp, welfareBp, makerSavingsBp};
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] < 0) {
        throw new BadInput("split.shares.negative", new TextKey("split.share." + SHARES[i])).on(SHARES[i]);
      }
    }
    for (int i = 0; i < 4; i++) {
      if (parts[i] > WHOLE) {
        throw new BadInput("split.shares.above100", new TextKey("split.share." + SHARES[i])).on(SHARES[i]);
      }
    }
    long sum = (long) makerBp + groupBp + coopBp + welfareBp; // in long: int parts could wrap round to 10,000
    if (sum != WHOLE) {
      throw new BadInput("split.shares.sum", BigDecimal.valueOf(sum, 2));
    }
    if (makerSavingsBp > makerBp) {
      throw new BadInput("split.shares.savingsAboveMaker").on("makerSavings");
    }
  }
}
