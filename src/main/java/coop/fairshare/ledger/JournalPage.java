package coop.fairshare.ledger;

import java.io.Serializable;
import java.util.List;

/** One page of journal entries, newest first. */
public record JournalPage(List<PostedEntry> entries, int page, boolean hasNext) implements Serializable {

  public JournalPage {
    entries = List.copyOf(entries);
  }
}
