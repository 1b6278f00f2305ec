package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Objects;

/** One line of a journal entry: an account, a side and a positive amount. */
public record PostingLine(long accountId, Side side, Money amount) implements Serializable {

  public PostingLine {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new BadInput("ledger.line.amountPositive").on("amount");
    }
    if (accountId <= 0) {
      throw new BadInput("ledger.line.accountRequired").on("account");
    }
  }

  public static PostingLine debit(long accountId, Money amount) {
    return new PostingLine(accountId, Side.DEBIT, amount);
  }

  public static PostingLine credit(long accountId, Money amount) {
    return new PostingLine(accountId, Side.CREDIT, amount);
  }
}
