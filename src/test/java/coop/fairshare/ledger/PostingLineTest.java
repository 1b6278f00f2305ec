package coop.fairshare.ledger;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostingLineTest {

  @Test
  void aDebitLineKeepsItsAccountSideAndAmount() {
    PostingLine line = PostingLine.debit(5, Money.ofSatang(1_250));
    assertThat(line.accountId()).isEqualTo(5);
    assertThat(line.side()).isEqualTo(Side.DEBIT);
    assertThat(line.amount()).isEqualTo(Money.ofSatang(1_250));
  }

  @Test
  void aCreditLineIsOnTheCreditSide() {
    assertThat(PostingLine.credit(5, Money.ofSatang(1)).side()).isEqualTo(Side.CREDIT);
    assertThat(PostingLine.credit(5, Money.ofSatang(1))).isEqualTo(new PostingLine(5, Side.CREDIT, Money.ofSatang(1)));
  }

  @Test
  void acceptsTheSmallestAndLargestAmounts() {
    assertThat(PostingLine.debit(1, Money.ofSatang(1)).amount().satang()).isEqualTo(1);
    assertThat(PostingLine.debit(Long.MAX_VALUE, Money.ofSatang(Long.MAX_VALUE)).amount().satang()).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -100_000, Long.MIN_VALUE})
  void refusesAnAmountThatIsNotPositive(long satang) {
    assertThatThrownBy(() -> PostingLine.debit(1, Money.ofSatang(satang))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ledger.line.amountPositive");
    assertThatThrownBy(() -> PostingLine.credit(1, Money.ofSatang(satang))).isInstanceOf(BusinessRuleViolation.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void refusesAnAccountIdThatIsNotPositive(long accountId) {
    assertThatThrownBy(() -> PostingLine.debit(accountId, Money.ofSatang(100))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ledger.line.accountRequired");
  }

  @Test
  void refusesAMissingSideOrAmount() {
    assertThatThrownBy(() -> new PostingLine(1, null, Money.ofSatang(100))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PostingLine(1, Side.DEBIT, null)).isInstanceOf(NullPointerException.class);
  }
}
