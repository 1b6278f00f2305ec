package coop.fairshare.split;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The split's promises for any amount up to 100 million baht, any valid shares and any fee: the
 * parts add up exactly, each is within one satang of its exact share, and the leftovers follow the
 * largest-remainder rule. All checks are in whole numbers (BigInteger), never floating point.
 */
class SplitAllocationPropertiesTest {

  private static final long MAX_AMOUNT = 10_000_000_000L;
  private static final BigInteger WHOLE = BigInteger.valueOf(SplitShares.WHOLE);

  record Sale(long amount, SplitShares shares, long fee) {
    SplitAllocation split() {
      return SplitAllocation.of(Money.ofSatang(amount), shares, Money.ofSatang(fee));
    }
  }

  @Provide
  Arbitrary<SplitShares> shares() {
    return SplitArbitraries.shares();
  }

  @Provide
  Arbitrary<Long> amounts() {
    // small amounts are where rounding matters most, so they get a range of their own
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, MAX_AMOUNT));
  }

  @Provide
  Arbitrary<Sale> sales() {
    return Combinators.combine(amounts(), shares())
        .flatAs((amount, shares) -> Arbitraries.oneOf(Arbitraries.longs().between(0, Math.min(amount, 1_000)), Arbitraries.longs().between(0, amount))
            .map(fee -> new Sale(amount, shares, fee)));
  }

  @Property(tries = 2000)
  void thePartsAddUpToTheAmountExactly(@ForAll("sales") Sale sale) {
    SplitAllocation a = sale.split();
    assertThat(a.amount()).isEqualTo(Money.ofSatang(sale.amount()));
    assertThat(a.maker().satang() + a.group().satang() + a.coop().satang() + a.welfare().satang()).isEqualTo(sale.amount());
  }

  @Property(tries = 2000)
  void eachPartIsWithinOneSatangOfItsExactShare(@ForAll("sales") Sale sale) {
    SplitAllocation a = sale.split();
    SplitShares s = sale.shares();
    assertWithinOneSatang("maker", a.maker(), sale.amount(), s.makerBp());
    assertWithinOneSatang("group", a.group(), sale.amount(), s.groupBp());
    assertWithinOneSatang("coop", a.coop(), sale.amount(), s.coopBp());
    assertWithinOneSatang("welfare", a.welfare(), sale.amount(), s.welfareBp());
  }

  @Property(tries = 2000)
  void theSavingsArePartOfTheMakersShareAndWithinOneSatangOfExact(@ForAll("sales") Sale sale) {
    SplitAllocation a = sale.split();
    assertThat(a.makerSavings().isNegative()).isFalse();
    assertThat(a.makerSavings()).isLessThanOrEqualTo(a.maker());
    assertWithinOneSatang("savings", a.makerSavings(), sale.amount(), sale.shares().makerSavingsBp());
    assertThat(a.makerCash()).isEqualTo(a.maker().minus(a.makerSavings()));
    assertThat(a.makerCash().plus(a.makerSavings())).isEqualTo(a.maker());
  }

  @Property(tries = 2000)
  void theCooperativeAloneBearsTheFee(@ForAll("sales") Sale sale) {
    SplitAllocation a = sale.split();
    SplitAllocation feeless = SplitAllocation.of(Money.ofSatang(sale.amount()), sale.shares(), Money.ZERO);
    assertThat(a.fee()).isEqualTo(Money.ofSatang(sale.fee()));
    assertThat(a.coopAfterFee()).isEqualTo(Money.ofSatang(a.coop().satang() - sale.fee()));
    // the fee changes nothing but what the cooperative keeps
    assertThat(a.maker()).isEqualTo(feeless.maker());
    assertThat(a.makerSavings()).isEqualTo(feeless.makerSavings());
    assertThat(a.group()).isEqualTo(feeless.group());
    assertThat(a.coop()).isEqualTo(feeless.coop());
    assertThat(a.welfare()).isEqualTo(feeless.welfare());
  }

  @Property(tries = 2000)
  void theLeftoversFollowTheLargestRemainderRuleWithTheDocumentedTieOrder(@ForAll("sales") Sale sale) {
    SplitAllocation a = sale.split();
    long[] expected = largestRemainder(sale.amount(), sale.shares());
    assertThat(new long[] {a.maker().satang(), a.group().satang(), a.welfare().satang(), a.coop().satang()})
        .as("maker, group, welfare, coop")
        .containsExactly(expected);
  }

  @Property(tries = 1000)
  void aFeeAboveTheAmountIsRefused(@ForAll("amounts") long amount, @ForAll("shares") SplitShares shares, @ForAll @LongRange(min = 1, max = 1_000_000) long excess) {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(amount), shares, Money.ofSatang(amount + excess)))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Property(tries = 1000)
  void aNegativeFeeIsRefused(@ForAll("amounts") long amount, @ForAll("shares") SplitShares shares, @ForAll @LongRange(min = 1, max = MAX_AMOUNT) long fee) {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(amount), shares, Money.ofSatang(-fee)))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Property(tries = 1000)
  void anAmountThatIsNotPositiveIsRefused(@ForAll @LongRange(min = -MAX_AMOUNT, max = 0) long amount, @ForAll("shares") SplitShares shares) {
    assertThatThrownBy(() -> SplitAllocation.of(Money.ofSatang(amount), shares, Money.ZERO))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  /** |part × 10,000 − amount × bp| < 10,000, i.e. the part is less than one satang from amount × bp / 10,000. */
  private static void assertWithinOneSatang(String name, Money part, long amount, int bp) {
    BigInteger scaledPart = BigInteger.valueOf(part.satang()).multiply(WHOLE);
    BigInteger scaledExact = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(bp));
    assertThat(scaledPart.subtract(scaledExact).abs()).as("%s of %d satang at %d bp is %s", name, amount, bp, part).isLessThan(WHOLE);
  }

  /**
   * An independent statement of the documented rule (Hamilton's method): round every share down,
   * then hand the satang left one each to the largest remainders; a stable sort keeps the tie order
   * maker, group, welfare, cooperative. Returns the parts in that order.
   */
  private static long[] largestRemainder(long amount, SplitShares s) {
    BigInteger total = BigInteger.valueOf(amount);
    int[] bp = {s.makerBp(), s.groupBp(), s.welfareBp(), s.coopBp()};
    long[] part = new long[4];
    BigInteger[] remainder = new BigInteger[4];
    long given = 0;
    for (int i = 0; i < 4; i++) {
      BigInteger[] qr = total.multiply(BigInteger.valueOf(bp[i])).divideAndRemainder(WHOLE);
      part[i] = qr[0].longValueExact();
      remainder[i] = qr[1];
      given += part[i];
    }
    int[] byRemainder = IntStream.range(0, 4).boxed()
        .sorted(Comparator.comparing((Integer i) -> remainder[i]).reversed())
        .mapToInt(Integer::intValue).toArray();
    long left = amount - given;
    assertThat(left).as("satang left after rounding down").isBetween(0L, 3L);
    for (int k = 0; k < left; k++) {
      part[byRemainder[k]]++;
    }
    return part;
  }
}
