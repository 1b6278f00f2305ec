package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One read of an account's months answers every window within it as reading each window alone would. */
class AccountMonthsTest {

  private static final LedgerAccount FUND = new LedgerAccount(5, "3100", "กองทุนสวัสดิการ", "Welfare fund", AccountType.EQUITY, OwnerKind.NONE, null, 1);
  private static final YearMonth READ_FROM = YearMonth.of(2025, 1);
  private static final String[] SOURCES = {"WELFARE", "SAVINGS", "SALE", "MANUAL"};

  @Test
  void aWindowOfOneReadIsWhatTheWindowsOwnReadWouldGive() {
    Random random = new Random(21);
    for (int account = 0; account < 200; account++) {
      List<MonthEnds.Moved> moved = new ArrayList<>();
      long credits = 0;
      long debits = 0;
      for (int i = random.nextInt(80); i > 0; i--) {
        // from the first month read to months dated ahead
        MonthEnds.Moved m = new MonthEnds.Moved(READ_FROM.plusMonths(random.nextInt(30)), SOURCES[random.nextInt(SOURCES.length)], random.nextBoolean() ? "" : "claim-payout",
            random.nextInt(3) == 0 ? random.nextInt(500_000) : 0, random.nextInt(1_000_000));
        moved.add(m);
        credits += m.credits();
        debits += m.debits();
      }
      Money balanceNow = Money.ofSatang(credits - debits);
      AccountMonths once = new AccountMonths(FUND, balanceNow, READ_FROM, moved);
      YearMonth first = READ_FROM.plusMonths(random.nextInt(20));
      YearMonth last = first.plusMonths(random.nextInt(12));
      // what reading from the window's own first month would have held: only its months and later
      List<MonthEnds.Moved> fromFirst = moved.stream().filter(m -> !m.month().isBefore(first)).toList();
      AccountMonths alone = new AccountMonths(FUND, balanceNow, first, fromFirst);

      assertThat(once.monthEnds(first, last)).as("account %d", account).isEqualTo(alone.monthEnds(first, last));
      assertThat(once.totalsBySource(first, last)).as("account %d", account).isEqualTo(alone.totalsBySource(first, last));
      // and the totals are the plain sums of the window's months
      long windowCredits = moved.stream().filter(m -> !m.month().isBefore(first) && !m.month().isAfter(last)).mapToLong(MonthEnds.Moved::credits).sum();
      assertThat(once.totalsBySource(first, last).stream().mapToLong(t -> t.credits().satang()).sum()).isEqualTo(windowCredits);
    }
  }

  @Test
  void aMonthBeforeTheReadIsRefusedRatherThanShownAsQuiet() {
    AccountMonths months = new AccountMonths(FUND, Money.ZERO, READ_FROM, List.of());
    assertThatThrownBy(() -> months.monthEnds(READ_FROM.minusMonths(1), READ_FROM)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> months.totalsBySource(READ_FROM.minusMonths(1), READ_FROM)).isInstanceOf(IllegalStateException.class);
  }
}
