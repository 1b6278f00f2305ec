package coop.fairshare.split;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;

/**
 * An amount divided by a split, in whole satang. The four shares always add up to the amount
 * exactly. Each share is first rounded down; the satang left over (at most three) go one each to
 * the shares with the largest remainders, and where remainders tie, to the maker first, then the
 * group, the welfare fund and the cooperative fund. So every share is within one satang of its exact
 * value. The maker's savings part is rounded down and is part of her share.
 *
 * <p>The payment fee is borne by the cooperative fund, never by the maker: it is shown beside the
 * shares, and {@link #coopAfterFee()} is what the cooperative keeps.
 */
public record SplitAllocation(Money amount, Money maker, Money makerSavings, Money group, Money coop, Money welfare, Money fee) implements Serializable {

  public SplitAllocation {
    if (!maker.plus(group).plus(coop).plus(welfare).equals(amount)) {
      throw new IllegalStateException("split parts do not add up to the amount");
    }
  }

  public static SplitAllocation of(Money amount, SplitShares shares, Money fee) {
    if (!amount.isPositive()) {
      throw new BadInput("split.amount.positive").on("amount");
    }
    if (fee.isNegative() || fee.compareTo(amount) > 0) {
      throw new BadInput("split.fee.range").on("fee");
    }
    long total = amount.satang();
    // order of the ties: maker, group, welfare, cooperative
    int[] bp = {shares.makerBp(), shares.groupBp(), shares.welfareBp(), shares.coopBp()};
    long[] part = new long[4];
    long[] remainder = new long[4];
    long given = 0;
    for (int i = 0; i < 4; i++) {
      long exactTimesWhole = Math.multiplyExact(total, (long) bp[i]);
      part[i] = exactTimesWhole / SplitShares.WHOLE;
      remainder[i] = exactTimesWhole % SplitShares.WHOLE;
      given += part[i];
    }
    for (long left = total - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < 4; i++) {
        if (remainder[i] >= 0 && (best < 0 || remainder[i] > remainder[best])) {
          best = i;
        }
      }
      part[best]++;
      remainder[best] = -1; // one satang each at most
    }
    long savings = Math.multiplyExact(total, (long) shares.makerSavingsBp()) / SplitShares.WHOLE;
    return new SplitAllocation(amount, Money.ofSatang(part[0]), Money.ofSatang(Math.min(savings, part[0])), Money.ofSatang(part[1]),
        Money.ofSatang(part[3]), Money.ofSatang(part[2]), fee);
  }

  /** What the maker is paid in cash: her share less what goes into her savings. */
  public Money makerCash() {
    return maker.minus(makerSavings);
  }

  /** What the cooperative fund keeps once it has paid the payment fee (negative if the fee is larger). */
  public Money coopAfterFee() {
    return coop.minus(fee);
  }
}
