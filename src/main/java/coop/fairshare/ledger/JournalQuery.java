package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import java.io.Serializable;
import java.time.LocalDate;

/** A page of the journal, filtered by account, dates and source; every filter is optional. */
public record JournalQuery(Long accountId, LocalDate from, LocalDate to, EntrySource source, int page, int size) implements Serializable {

  public JournalQuery {
    coop.fairshare.shared.Page.requireWithinBounds(page, size, 200);
    if (page < 0 || size < 1 || size > 200) {
      throw new BadInput("ledger.query.page", 200).on("page");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInput("period.order").on("to");
    }
  }
}
