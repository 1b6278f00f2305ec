package coop.fairshare.payment;

import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.Page;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one payable account owes its maker or group now, since when, whether that is longer than
 * the cooperative allows, and how long its money took to be paid lately.
 */
public record PayeeOwed(Payee payee, String name, String accountCode, OwnedAccount purpose, Money owed, LocalDate oldestUnpaid, long daysOwed, boolean overdue,
    Money paidLately, Long averageDaysToPayout, String paidTo) implements Serializable {

  public boolean hasDetails() {
    return paidTo != null;
  }

  /** Where the page after this one starts, while another follows: after its last account's code. */
  public static Optional<String> nextAfter(Page<PayeeOwed> owed) {
    List<PayeeOwed> shown = owed.items();
    return owed.hasNext() && !shown.isEmpty() ? Optional.of(shown.get(shown.size() - 1).accountCode()) : Optional.empty();
  }
}
