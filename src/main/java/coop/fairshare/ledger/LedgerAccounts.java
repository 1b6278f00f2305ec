package coop.fairshare.ledger;

/**
 * The ledger's own account codes, the one place other areas take them from: the chart of accounts
 * is the ledger's (db/migration/V2), so no other area writes a code as a literal.
 */
public final class LedgerAccounts {

  /** Where a confirmed bank transfer lands. */
  public static final String BANK = "1000";
  /** Card money Stripe holds until it pays out. */
  public static final String CARD_CLEARING = "1100";
  /** PromptPay and bank transfers not yet seen on the statement. */
  public static final String TRANSFER_RECEIVABLE = "1200";
  public static final String COOP_FUND = "3000";
  public static final String WELFARE_FUND = "3100";
  public static final String SHIPPING_INCOME = "4100";
  /** Money a shopper sent for an order already paid: in the bank, owed back to her until returned. */
  public static final String MONEY_TO_RETURN = "2500";
  public static final String PAYMENT_FEES = "5100";
  /** Interest the cooperative pays on members' savings. */
  public static final String SAVINGS_INTEREST = "5200";

  private LedgerAccounts() {}

  /** What is owed to one maker, by her member number. */
  public static String makerPayable(String memberNumber) {
    return OwnedAccount.MAKER_PAYABLE.codeFor(memberNumber);
  }

  /** One member's savings, by her member number. */
  public static String memberSavings(String memberNumber) {
    return OwnedAccount.MEMBER_SAVINGS.codeFor(memberNumber);
  }

  /** What is owed to one group, by its code. */
  public static String groupPayable(String groupCode) {
    return OwnedAccount.GROUP_PAYABLE.codeFor(groupCode);
  }

  /** What a group holds for makers not named yet, by its code. */
  public static String groupMakersPayable(String groupCode) {
    return OwnedAccount.GROUP_MAKERS_PAYABLE.codeFor(groupCode);
  }
}
