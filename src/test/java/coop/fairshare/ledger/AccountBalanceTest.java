package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountBalanceTest {

  private static LedgerAccount account(AccountType type) {
    return new LedgerAccount(1, "1000", "บัญชี", "Account", type, OwnerKind.NONE, null, 1);
  }

  private static AccountBalance balance(AccountType type, long debits, long credits) {
    return new AccountBalance(account(type), Money.ofSatang(debits), Money.ofSatang(credits));
  }

  @ParameterizedTest
  @EnumSource(value = AccountType.class, names = {"ASSET", "EXPENSE"})
  void assetsAndExpensesGrowWithDebits(AccountType type) {
    assertThat(type.growsWithDebits()).isTrue();
    assertThat(balance(type, 50_000, 20_000).balance()).isEqualTo(Money.ofSatang(30_000));
    assertThat(balance(type, 20_000, 50_000).balance()).isEqualTo(Money.ofSatang(-30_000));
  }

  @ParameterizedTest
  @EnumSource(value = AccountType.class, names = {"LIABILITY", "EQUITY", "INCOME"})
  void liabilitiesEquityAndIncomeGrowWithCredits(AccountType type) {
    assertThat(type.growsWithDebits()).isFalse();
    assertThat(balance(type, 20_000, 50_000).balance()).isEqualTo(Money.ofSatang(30_000));
    assertThat(balance(type, 50_000, 20_000).balance()).isEqualTo(Money.ofSatang(-30_000));
  }

  @ParameterizedTest
  @EnumSource(AccountType.class)
  void anUntouchedOrSquaredAccountHasNoBalance(AccountType type) {
    assertThat(balance(type, 0, 0).balance()).isEqualTo(Money.ZERO);
    assertThat(balance(type, 12_345, 12_345).balance()).isEqualTo(Money.ZERO);
  }

  @Test
  void anAccountIsNamedInTheReadersLanguage() {
    LedgerAccount fund = new LedgerAccount(3, "3100", "กองทุนสวัสดิการ", "Welfare fund", AccountType.EQUITY, OwnerKind.NONE, null, 16);
    assertThat(fund.name(Locale.forLanguageTag("th-TH"))).isEqualTo("กองทุนสวัสดิการ");
    assertThat(fund.name(Locale.ENGLISH)).isEqualTo("Welfare fund");
  }
}
