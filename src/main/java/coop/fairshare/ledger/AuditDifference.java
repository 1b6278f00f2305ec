package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/**
 * Something an audit run found off: an account whose balance rows differ from the sum of its
 * lines, or an entry whose lines do not balance, do not match its total or are fewer than two.
 */
public record AuditDifference(String accountCode, Long entryId, Money balanceDebits, Money balanceCredits, Money lineDebits, Money lineCredits, Money entryTotal,
    Integer lineCount) implements Serializable {

  public boolean ofAccount() {
    return accountCode != null;
  }
}
