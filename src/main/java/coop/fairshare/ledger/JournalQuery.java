package coop.fairshare.ledger;

import java.io.Serializable;
import java.time.LocalDate;

/** A page of the journal, filtered by account, dates and source; every filter is optional. */
public record JournalQuery(Long accountId, LocalDate from, LocalDate to, EntrySource source, int page, int size) implements Serializable {

  public JournalQuery {
    coop.fairshare.shared.Page.requireWithinBounds(page, size, 200);
    if (page < 0 || size < 1 || size > 200) {
      throw new IllegalArgumentException("page must be 0 or more and size 1 to 200");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the from date is after the to date");
    }
  }
}
