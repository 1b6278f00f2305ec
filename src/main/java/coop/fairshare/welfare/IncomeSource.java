package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;

/**
 * Where money credited to the welfare fund came from, told by the posting's source and the kind of
 * its idempotency key, so the figure is the ledger's own: contributions ({@code welfare-in-…}), the
 * welfare share of sales, donations ({@code welfare-donation-…}), grants ({@code welfare-grant-…}),
 * and anything else (a treasurer's manual entry, a reversal of a payout).
 */
public enum IncomeSource {
  CONTRIBUTIONS,
  SALES,
  DONATIONS,
  GRANTS,
  OTHER;

  public static IncomeSource of(EntrySource source, String keyKind) {
    if (source == EntrySource.SALE) {
      return SALES;
    }
    if (source == EntrySource.WELFARE) {
      switch (keyKind == null ? "" : keyKind) {
        case "welfare-in":
          return CONTRIBUTIONS;
        case "welfare-donation":
          return DONATIONS;
        case "welfare-grant":
          return GRANTS;
        default:
          return OTHER;
      }
    }
    return OTHER;
  }
}
