package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money into (positive) or out of (negative) a savings account on its value date: the day the
 * money counts from, which may be earlier than the day it was written down (a deposit brought in
 * from the paper book).
 */
public record SavingsMovement(LocalDate valueDate, Money amount) implements Serializable {

  public SavingsMovement {
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(amount, "amount");
  }
}
