package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A journal entry as written, with its lines and, if it has been reversed, the reversal's id. */
public record PostedEntry(
    long id,
    LocalDate date,
    String description,
    EntrySource source,
    String sourceRef,
    String idempotencyKey,
    Long reversesEntryId,
    Long reversedByEntryId,
    Money total,
    String createdBy,
    Instant createdAt,
    List<Line> lines)
    implements Serializable {

  /** One line with its account. */
  public record Line(int lineNo, LedgerAccount account, Side side, Money amount) implements Serializable {}

  public List<PostingLine> postingLines() {
    return lines.stream().map(l -> new PostingLine(l.account().id(), l.side(), l.amount())).toList();
  }
}
