package coop.fairshare.ledger;

/**
 * An account's lines summed so far by an audit run, in (entry, line) order: where the reading got
 * to and what it added up to. An account with more lines than one step reads is summed over several
 * steps; its balance rows are compared once its last line is read.
 */
record AccountTally(long accountId, long lastEntryId, long lastLineId, long debits, long credits) {

  static AccountTally start(long accountId) {
    return new AccountTally(accountId, 0, 0, 0, 0);
  }

  /** Lines come in (entry, line) order; one read twice or out of order would be a bug in the reading. */
  AccountTally plus(long entryId, long lineId, Side side, long satang) {
    if (entryId < lastEntryId || entryId == lastEntryId && lineId <= lastLineId) {
      throw new IllegalStateException("line " + lineId + " of entry " + entryId + " read out of order after " + lastEntryId + "/" + lastLineId);
    }
    return new AccountTally(accountId, entryId, lineId, side == Side.DEBIT ? debits + satang : debits, side == Side.CREDIT ? credits + satang : credits);
  }

  boolean agreesWith(long balanceDebits, long balanceCredits) {
    return debits == balanceDebits && credits == balanceCredits;
  }
}
