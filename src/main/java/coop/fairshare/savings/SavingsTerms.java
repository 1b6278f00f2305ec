package coop.fairshare.savings;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * A savings product's rules, as an ADMIN sets them: voluntary, or a promised fixed amount each
 * month; the annual interest rate; the balance that must stay in; the withdrawal above which a
 * second treasurer must approve; how often interest is posted. Each rule lives here once.
 */
public record SavingsTerms(SavingsKind kind, Money monthlyAmount, int annualRateBp, Money minimumBalance, Money approvalAbove, InterestPosting posting)
    implements Serializable {

  /** 20 % a year: anything above is a typing slip, not a cooperative's rate. */
  public static final int MOST_BP = 2000;

  public SavingsTerms {
    if (kind == null) {
      throw new BadInput("savings.product.kind").on("kind");
    }
    if (posting == null) {
      throw new BadInput("savings.product.posting").on("interestPosting");
    }
    monthlyAmount = monthlyAmount == null ? Money.ZERO : monthlyAmount;
    if (kind == SavingsKind.COMPULSORY_MONTHLY && !monthlyAmount.isPositive()) {
      throw new BadInput("savings.product.monthlyAmount.required").on("monthlyAmount");
    }
    if (kind == SavingsKind.VOLUNTARY && !monthlyAmount.equals(Money.ZERO)) {
      throw new BadInput("savings.product.monthlyAmount.voluntary").on("monthlyAmount");
    }
    if (annualRateBp < 0 || annualRateBp > MOST_BP) {
      throw new BadInput("savings.product.rate", MOST_BP / 100).on("annualRateBasisPoints");
    }
    Objects.requireNonNull(minimumBalance, "minimumBalance");
    if (minimumBalance.isNegative()) {
      throw new BadInput("savings.product.minimumBalance").on("minimumBalance");
    }
    if (approvalAbove == null || !approvalAbove.isPositive()) {
      throw new BadInput("savings.product.approvalAbove").on("approvalAbove");
    }
  }

  /** What may be taken out of this balance: all of it but the minimum that must stay. */
  public Money withdrawable(Money balance) {
    Money free = balance.minus(minimumBalance);
    return free.isNegative() ? Money.ZERO : free;
  }

  /** A withdrawal is refused, with what could be taken, when it would leave less than the minimum. */
  public void checkWithdrawal(Money balance, Money amount) {
    if (amount == null || !amount.isPositive()) {
      throw new BadInput("savings.amount.positive").on("amount");
    }
    if (amount.compareTo(withdrawable(balance)) > 0) {
      throw new BusinessRuleViolation("savings.withdrawal.tooMuch", withdrawable(balance).toBaht().toPlainString()).on("amount");
    }
  }

  /** A withdrawal over this product's limit waits for a second, different treasurer. */
  public boolean needsSecondApproval(Money amount) {
    return amount.compareTo(approvalAbove) > 0;
  }
}
