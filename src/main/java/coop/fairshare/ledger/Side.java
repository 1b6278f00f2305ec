package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;

/** Debit or credit, stored as D or C. */
public enum Side {
  DEBIT("D"),
  CREDIT("C");

  private final String code;

  Side(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Side opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }

  public static Side of(String code) {
    if (code == null) {
      throw new BadInput("ledger.side.invalid").on("side");
    }
    return switch (code) {
      case "D" -> DEBIT;
      case "C" -> CREDIT;
      default -> throw new BadInput("ledger.side.invalid").on("side");
    };
  }
}
