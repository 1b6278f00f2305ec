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

  /**
   * The part of this split that {@code units} of {@code ofUnits} sold carry: the amount in
   * proportion, and each share (the maker's cash and savings, the group, both funds) by the same
   * largest-remainder rule, so the parts add up to it exactly. The fee's part is rounded down; a
   * refund never gives the fee back.
   */
  public SplitAllocation partFor(long units, long ofUnits) {
    if (ofUnits < 1 || units < 0 || units > ofUnits) {
      throw new IllegalStateException(units + " of " + ofUnits + " units");
    }
    Money part = Money.ofSatang(Math.multiplyExact(amount.satang(), units) / ofUnits);
    if (units == ofUnits) {
      return this;
    }
    if (!part.isPositive()) {
      return new SplitAllocation(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }
    java.util.List<Money> shares = part.sharedInProportionTo(java.util.List.of(makerCash(), makerSavings, group, coop, welfare));
    return new SplitAllocation(part, shares.get(0).plus(shares.get(1)), shares.get(1), shares.get(2), shares.get(3), shares.get(4),
        Money.ofSatang(Math.multiplyExact(fee.satang(), units) / ofUnits));
  }

  /**
   * What refunding units {@code fromUnits + 1} to {@code toUnits} of {@code ofUnits} takes back:
   * the part for all refunded so far less the part already taken back. So however a line is
   * refunded, bit by bit or at once, what comes back adds up to exactly its stored split and never
   * more. (A share may move by a satang the other way between two partial refunds: the
   * largest-remainder rule can round a share down as the amount grows.)
   */
  public SplitAllocation refundedBetween(long fromUnits, long toUnits, long ofUnits) {
    if (fromUnits >= toUnits) {
      throw new IllegalStateException("nothing to refund between " + fromUnits + " and " + toUnits);
    }
    SplitAllocation upTo = partFor(toUnits, ofUnits);
    SplitAllocation before = partFor(fromUnits, ofUnits);
    return new SplitAllocation(upTo.amount.minus(before.amount), upTo.maker.minus(before.maker), upTo.makerSavings.minus(before.makerSavings),
        upTo.group.minus(before.group), upTo.coop.minus(before.coop), upTo.welfare.minus(before.welfare), upTo.fee.minus(before.fee));
  }

  /** What the cooperative fund keeps once it has paid the payment fee (negative if the fee is larger). */
  public Money coopAfterFee() {
    return coop.minus(fee);
  }
}
