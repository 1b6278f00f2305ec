package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One savings account's statement as its member reads it: who she is, which account, and every
 * movement in value-date order with the balance after it. The page and the PDF both show this.
 */
public record Passbook(
    String memberNumber,
    String memberNameTh,
    String memberNameEn,
    String groupName,
    String accountNumber,
    String productNameTh,
    String productNameEn,
    LocalDate openedOn,
    LocalDate printedOn,
    Money balance,
    List<Line> lines) implements Serializable {

  public Passbook {
    Objects.requireNonNull(memberNumber, "memberNumber");
    Objects.requireNonNull(memberNameTh, "memberNameTh");
    Objects.requireNonNull(accountNumber, "accountNumber");
    lines = List.copyOf(lines);
  }

  /** One movement: its value date, what it was, the amount (positive in, negative out), the balance after it. */
  public record Line(LocalDate valueDate, SavingsEntryKind kind, Money amount, Money balance, String reference) implements Serializable {}
}
