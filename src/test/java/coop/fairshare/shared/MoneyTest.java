package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  @Test
  void readsBahtWithTwoDecimalsExactly() {
    assertThat(Money.ofBaht(new BigDecimal("1250.50")).satang()).isEqualTo(125_050L);
    assertThat(Money.ofBaht(new BigDecimal("0.01")).satang()).isEqualTo(1L);
    assertThat(Money.ofBaht(new BigDecimal("-0.10")).satang()).isEqualTo(-10L);
    assertThat(Money.ofBaht(new BigDecimal("7")).satang()).isEqualTo(700L);
  }

  @Test
  void acceptsTrailingZerosBeyondTheSatangBecauseTheAmountIsStillExact() {
    assertThat(Money.ofBaht(new BigDecimal("1.500"))).isEqualTo(Money.ofSatang(150));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.005", "0.001", "12.345", "-0.999"})
  void refusesFractionsOfASatang(String baht) {
    assertThatThrownBy(() -> Money.ofBaht(new BigDecimal(baht)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("money.decimals");
  }

  @Test
  void readsTheLargestAmountALongHoldsAndRefusesOneSatangMore() {
    assertThat(Money.ofBaht(new BigDecimal("92233720368547758.07")).satang()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Money.ofBaht(new BigDecimal("92233720368547758.08")))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> Money.ofBaht(new BigDecimal("-92233720368547758.09")))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void refusesAMissingAmount() {
    assertThatThrownBy(() -> Money.ofBaht((BigDecimal) null)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void wholeBahtOverflowThrowsInsteadOfWrappingAround() {
    assertThat(Money.ofBaht(3L).satang()).isEqualTo(300L);
    assertThatThrownBy(() -> Money.ofBaht(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void refusesAnAbsurdExponentQuickly() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () -> assertThatThrownBy(() -> Money.ofBaht(new BigDecimal("1E+10000000"))).isInstanceOf(BusinessRuleViolation.class));
  }

  @Test
  void addsSubtractsAndMultipliesExactly() {
    Money price = Money.ofSatang(12_345);

    assertThat(price.plus(Money.ofSatang(55))).isEqualTo(Money.ofSatang(12_400));
    assertThat(price.minus(Money.ofSatang(12_346))).isEqualTo(Money.ofSatang(-1));
    assertThat(price.times(3)).isEqualTo(Money.ofSatang(37_035));
    assertThat(price.times(0)).isEqualTo(Money.ZERO);
  }

  @Test
  void tenTimesTenSatangIsExactlyOneBaht() {
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Money.ofBaht(new BigDecimal("0.10")));
    }
    assertThat(sum).isEqualTo(Money.ofBaht(1));
  }

  @Test
  void overflowThrowsArithmeticException() {
    Money largest = Money.ofSatang(Long.MAX_VALUE);
    Money smallest = Money.ofSatang(Long.MIN_VALUE);

    assertThatThrownBy(() -> largest.plus(Money.ofSatang(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> smallest.minus(Money.ofSatang(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> largest.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> smallest.times(-1)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void tellsPositiveFromNegative() {
    assertThat(Money.ofSatang(1).isPositive()).isTrue();
    assertThat(Money.ZERO.isPositive()).isFalse();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.ofSatang(-1).isNegative()).isTrue();
  }

  @Test
  void givesBahtWithScaleTwo() {
    assertThat(Money.ofSatang(5).toBaht()).isEqualTo(new BigDecimal("0.05"));
    assertThat(Money.ofBaht(3).toBaht().scale()).isEqualTo(2);
    assertThat(Money.ofBaht(3).toBaht().toPlainString()).isEqualTo("3.00");
    assertThat(Money.ofSatang(-125_050).toBaht().toPlainString()).isEqualTo("-1250.50");
  }

  @Test
  void formatsTheSameWayInThaiAndEnglish() {
    Money amount = Money.ofBaht(new BigDecimal("1250.50"));

    assertThat(amount.format(THAI)).isEqualTo("฿1,250.50");
    assertThat(amount.format(Locale.forLanguageTag("th"))).isEqualTo("฿1,250.50");
    assertThat(amount.format(Locale.ENGLISH)).isEqualTo("฿1,250.50");
  }

  @Test
  void formatsExactlyAsTheThaiAndUsNumberFormatsDo() {
    java.util.Random random = new java.util.Random(13);
    java.util.List<Long> amounts = new java.util.ArrayList<>(java.util.List.of(0L, 1L, -1L, 99L, 100L, -100L, 99_999L, 100_000L, 123_456_789L, -123_456_789L, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE));
    for (int i = 0; i < 2_000; i++) {
      amounts.add(random.nextLong() >> random.nextInt(63));
    }
    for (long satang : amounts) {
      for (Locale locale : java.util.List.of(Locale.forLanguageTag("th-TH"), Locale.US)) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        assertThat(Money.ofSatang(satang).format(locale)).as("%d satang in %s", satang, locale).isEqualTo("฿" + number.format(BigDecimal.valueOf(satang, 2)));
      }
    }
  }

  @Test
  void formatsWithTwoDecimalsAndGroupedThousands() {
    assertThat(Money.ZERO.format(Locale.ENGLISH)).isEqualTo("฿0.00");
    assertThat(Money.ofBaht(1_000_000).format(THAI)).isEqualTo("฿1,000,000.00");
    assertThat(Money.ofSatang(7).format(Locale.ENGLISH)).isEqualTo("฿0.07");
  }

  @Test
  void otherLanguagesGetTheEnglishDigitsAndSeparators() {
    assertThat(Money.ofBaht(new BigDecimal("1250.50")).format(Locale.GERMANY)).isEqualTo("฿1,250.50");
  }

  @Test
  void comparesByAmount() {
    Money small = Money.ofSatang(99);
    Money large = Money.ofBaht(1);

    assertThat(small).isLessThan(large);
    assertThat(large).isGreaterThan(small);
    assertThat(Money.ofSatang(100).compareTo(large)).isZero();
    assertThat(Money.ofSatang(-1)).isLessThan(Money.ZERO);

    List<Money> amounts = new ArrayList<>(List.of(large, Money.ofSatang(-5), small));
    amounts.sort(null);
    assertThat(amounts).containsExactly(Money.ofSatang(-5), small, large);
  }

  @Test
  void equalAmountsAreEqualValues() {
    assertThat(Money.ofBaht(12)).isEqualTo(Money.ofSatang(1_200)).hasSameHashCodeAs(Money.ofSatang(1_200));
    assertThat(Money.ofBaht(12)).hasToString("12.00 THB");
  }

  @Test
  void anAmountSharedInProportionAddsUpExactlyWithTheLargestRemaindersGettingTheSatangLeft() {
    // 100 satang over 1:1:1 is 33.3 each: the first gets the one left over
    assertThat(Money.ofSatang(100).sharedInProportionTo(List.of(Money.ofSatang(5), Money.ofSatang(5), Money.ofSatang(5))))
        .containsExactly(Money.ofSatang(34), Money.ofSatang(33), Money.ofSatang(33));
    // 2,593 satang of fee over lines of 300 and 90 baht: 1,994.6 and 598.4, so the first rounds up
    assertThat(Money.ofSatang(2593).sharedInProportionTo(List.of(Money.ofBaht(300), Money.ofBaht(90))))
        .containsExactly(Money.ofSatang(1995), Money.ofSatang(598));
    assertThat(Money.ZERO.sharedInProportionTo(List.of(Money.ofBaht(1), Money.ofBaht(2)))).containsExactly(Money.ZERO, Money.ZERO);
    assertThat(Money.ofSatang(7).sharedInProportionTo(List.of(Money.ofBaht(1), Money.ZERO))).containsExactly(Money.ofSatang(7), Money.ZERO);
  }

  @Test
  void sharesAlwaysAddUpAndEachIsWithinOneSatangOfItsExactPart() {
    java.util.Random random = new java.util.Random(10);
    for (int round = 0; round < 2000; round++) {
      Money amount = Money.ofSatang(random.nextInt(1_000_000));
      List<Money> weights = new ArrayList<>();
      int parts = 1 + random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        weights.add(Money.ofSatang(1 + random.nextInt(500_000)));
      }
      List<Money> shares = amount.sharedInProportionTo(weights);
      assertThat(shares.stream().mapToLong(Money::satang).sum()).isEqualTo(amount.satang());
      long whole = weights.stream().mapToLong(Money::satang).sum();
      for (int i = 0; i < parts; i++) {
        BigDecimal exact = BigDecimal.valueOf(amount.satang()).multiply(BigDecimal.valueOf(weights.get(i).satang())).divide(BigDecimal.valueOf(whole), 6, java.math.RoundingMode.HALF_UP);
        assertThat(BigDecimal.valueOf(shares.get(i).satang()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
      }
    }
  }

  @Test
  void nothingIsSharedAmongNoWeights() {
    assertThatThrownBy(() -> Money.ofSatang(5).sharedInProportionTo(List.of())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Money.ofSatang(5).sharedInProportionTo(List.of(Money.ZERO))).isInstanceOf(IllegalStateException.class);
  }
}
