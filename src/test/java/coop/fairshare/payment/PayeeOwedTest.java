package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayeeOwedTest {

  private static PayeeOwed owed(String code) {
    return new PayeeOwed(Payee.member(1), "นางบุญมี", code, OwnedAccount.MAKER_PAYABLE, Money.ofSatang(100), null, 0, false, Money.ZERO, null, null);
  }

  @Test
  void theNextPageStartsAfterThisOnesLastAccountWhileAnotherFollows() {
    List<PayeeOwed> shown = List.of(owed("2100-NA-000001"), owed("2100-NA-000002"));
    assertThat(PayeeOwed.nextAfter(Page.uncounted(shown, true, 0, 2))).contains("2100-NA-000002");
    assertThat(PayeeOwed.nextAfter(Page.uncounted(shown, false, 0, 2))).as("the last page").isEmpty();
    assertThat(PayeeOwed.nextAfter(Page.uncounted(List.<PayeeOwed>of(), false, 0, 2))).isEmpty();
  }
}
