package coop.fairshare.split;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Refunding a line, all at once or a few units at a time, takes back exactly its stored split:
 * each refund's parts add up to its amount, and all refunds of a line together add up, share by
 * share, to what the sale posted; never more.
 */
class SplitRefundPropertiesTest {

  /** A line: its unit price, quantity and split, and the refunds made of it (units each, in order). */
  record Line(long unitSatang, int quantity, SplitShares shares, List<Integer> refunds) {
    SplitAllocation split() {
      return SplitAllocation.of(Money.ofSatang(unitSatang * quantity), shares, Money.ZERO);
    }
  }

  @Provide
  Arbitrary<Line> lines() {
    return Combinators.combine(Arbitraries.longs().between(1, 5_000_000), Arbitraries.integers().between(1, 99), SplitArbitraries.shares())
        .flatAs((unit, quantity, shares) -> Arbitraries.integers().between(1, quantity).list().ofMinSize(1).ofMaxSize(6)
            .map(steps -> new Line(unit, quantity, shares, capped(steps, quantity))));
  }

  private static List<Integer> capped(List<Integer> steps, int quantity) {
    List<Integer> refunds = new ArrayList<>();
    int left = quantity;
    for (int step : steps) {
      if (left == 0) {
        break;
      }
      int units = Math.min(step, left);
      refunds.add(units);
      left -= units;
    }
    return refunds;
  }

  @Property(tries = 1500)
  void eachRefundAddsUpAndAllRefundsNeverTakeBackMoreThanTheSale(@ForAll("lines") Line line) {
    SplitAllocation sale = line.split();
    long refunded = 0;
    long maker = 0;
    long savings = 0;
    long group = 0;
    long coop = 0;
    long welfare = 0;
    int done = 0;
    for (int units : line.refunds()) {
      SplitAllocation part = sale.refundedBetween(done, done + units, line.quantity());
      assertThat(part.amount()).isEqualTo(Money.ofSatang(line.unitSatang() * units));
      assertThat(part.maker().plus(part.group()).plus(part.coop()).plus(part.welfare())).isEqualTo(part.amount());
      refunded += part.amount().satang();
      maker += part.maker().satang();
      savings += part.makerSavings().satang();
      group += part.group().satang();
      coop += part.coop().satang();
      welfare += part.welfare().satang();
      done += units;
      // what came back so far is exactly the part of the split those units carry
      SplitAllocation soFar = sale.partFor(done, line.quantity());
      assertThat(new long[] {refunded, maker, savings, group, coop, welfare}).containsExactly(soFar.amount().satang(), soFar.maker().satang(),
          soFar.makerSavings().satang(), soFar.group().satang(), soFar.coop().satang(), soFar.welfare().satang());
      assertThat(refunded).isLessThanOrEqualTo(sale.amount().satang());
    }
    if (done == line.quantity()) {
      assertThat(new long[] {maker, savings, group, coop, welfare}).as("a whole line refunded takes back exactly its split")
          .containsExactly(sale.maker().satang(), sale.makerSavings().satang(), sale.group().satang(), sale.coop().satang(), sale.welfare().satang());
    }
  }

  @Example
  void oneOfThreeScarvesTakesBackAThirdOfEveryShare() {
    // 3 × ฿100 under 70 / 15 / 10 / 5 with 5 % savings: maker 210 (15 savings), group 45, coop 30, welfare 15
    SplitAllocation sale = SplitAllocation.of(Money.ofBaht(300), new SplitShares(7000, 1500, 1000, 500, 500), Money.ZERO);
    SplitAllocation one = sale.refundedBetween(0, 1, 3);
    assertThat(one.amount()).isEqualTo(Money.ofBaht(100));
    assertThat(new long[] {one.maker().satang(), one.makerSavings().satang(), one.group().satang(), one.coop().satang(), one.welfare().satang()})
        .containsExactly(7000, 500, 1500, 1000, 500);
  }
}
