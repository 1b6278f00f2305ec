package coop.fairshare.ledger;

/**
 * The accounts the ledger opens for one member or one group, the first time money is owed to them
 * or saved for them.
 */
public enum OwnedAccount {
  MAKER_PAYABLE("2100-", OwnerKind.MEMBER, AccountType.LIABILITY, "ค้างจ่ายผู้ผลิต ", "Payable to maker "),
  MEMBER_SAVINGS("2300-", OwnerKind.MEMBER, AccountType.LIABILITY, "เงินออมสมาชิก ", "Member savings "),
  /** One savings account of a member (regular, compulsory monthly, …), by the account's number. */
  SAVINGS_ACCOUNT("2310-", OwnerKind.MEMBER, AccountType.LIABILITY, "บัญชีเงินออม ", "Savings account "),
  GROUP_PAYABLE("2200-", OwnerKind.GROUP, AccountType.LIABILITY, "ค้างจ่ายกลุ่ม ", "Payable to group "),
  GROUP_MAKERS_PAYABLE("2150-", OwnerKind.GROUP, AccountType.LIABILITY, "ค้างจ่ายผู้ผลิตของกลุ่ม ", "Payable to the makers of ");

  private final String prefix;
  private final OwnerKind ownerKind;
  private final AccountType type;
  private final String nameTh;
  private final String nameEn;

  OwnedAccount(String prefix, OwnerKind ownerKind, AccountType type, String nameTh, String nameEn) {
    this.prefix = prefix;
    this.ownerKind = ownerKind;
    this.type = type;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
  }

  /** The purpose of an owned account, from its code; empty for the cooperative's own accounts. */
  public static java.util.Optional<OwnedAccount> of(String code) {
    return java.util.Arrays.stream(values()).filter(p -> code.startsWith(p.prefix)).findFirst();
  }

  /**
   * Whether the cooperative pays this account out to its owner (a maker's or a group's payable);
   * a member's savings stay saved (they leave by withdrawals).
   */
  public boolean paidOut() {
    return this != MEMBER_SAVINGS && this != SAVINGS_ACCOUNT;
  }

  String prefix() {
    return prefix;
  }

  public String codeFor(String ownerCode) {
    return prefix + ownerCode;
  }

  public OwnerKind ownerKind() {
    return ownerKind;
  }

  public AccountType type() {
    return type;
  }

  public String nameTh(String owner) {
    return nameTh + owner;
  }

  public String nameEn(String owner) {
    return nameEn + owner;
  }
}
