package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialBalanceTest {

  private static AccountBalance row(long id, AccountType type, long debits, long credits) {
    LedgerAccount account = new LedgerAccount(id, "code" + id, "บัญชี " + id, "Account " + id, type, OwnerKind.NONE, null, 1);
    return new AccountBalance(account, Money.ofSatang(debits), Money.ofSatang(credits));
  }

  @Test
  void addsUpEveryAccountsDebitsAndCredits() {
    TrialBalance trial = new TrialBalance(List.of(
        row(1, AccountType.ASSET, 100_000, 5_000),
        row(2, AccountType.LIABILITY, 0, 70_000),
        row(3, AccountType.EQUITY, 0, 25_000),
        row(4, AccountType.EXPENSE, 5_000, 5_000)));
    assertThat(trial.totalDebits()).isEqualTo(Money.ofSatang(105_000));
    assertThat(trial.totalCredits()).isEqualTo(Money.ofSatang(105_000));
    assertThat(trial.balances()).isTrue();
  }

  @Test
  void booksWithMoreDebitsThanCreditsDoNotBalance() {
    TrialBalance trial = new TrialBalance(List.of(row(1, AccountType.ASSET, 100_001, 0), row(2, AccountType.INCOME, 0, 100_000)));
    assertThat(trial.totalDebits()).isEqualTo(Money.ofSatang(100_001));
    assertThat(trial.totalCredits()).isEqualTo(Money.ofSatang(100_000));
    assertThat(trial.balances()).isFalse();
  }

  @Test
  void booksWithMoreCreditsThanDebitsDoNotBalance() {
    TrialBalance trial = new TrialBalance(List.of(row(1, AccountType.ASSET, 1, 0), row(2, AccountType.INCOME, 0, 2)));
    assertThat(trial.balances()).isFalse();
  }

  @Test
  void emptyBooksBalanceAtZero() {
    TrialBalance trial = new TrialBalance(List.of());
    assertThat(trial.totalDebits()).isEqualTo(Money.ZERO);
    assertThat(trial.totalCredits()).isEqualTo(Money.ZERO);
    assertThat(trial.balances()).isTrue();
  }

  @Test
  void keepsItsOwnCopyOfTheAccounts() {
    List<AccountBalance> rows = new ArrayList<>(List.of(row(1, AccountType.ASSET, 100, 0), row(2, AccountType.INCOME, 0, 100)));
    TrialBalance trial = new TrialBalance(rows);
    rows.add(row(3, AccountType.ASSET, 1, 0));
    assertThat(trial.accounts()).hasSize(2);
    assertThat(trial.balances()).isTrue();
    assertThatThrownBy(() -> trial.accounts().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
