package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.TextKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A posting about to be written. It refuses to exist unless it has two or more lines, every amount
 * is positive and debits equal credits — for every posting, not only manual ones.
 */
public final class JournalEntry {

  public static final int MAX_LINES = 200;

  private final LocalDate date;
  private final String description;
  private final EntrySource source;
  private final String sourceRef;
  private final String idempotencyKey;
  private final Long reversesEntryId;
  private final String createdBy;
  private final List<PostingLine> lines;
  private final Money total;

  public JournalEntry(LocalDate date, String description, EntrySource source, String sourceRef, String idempotencyKey, Long reversesEntryId, String createdBy, List<PostingLine> lines) {
    this.date = Objects.requireNonNull(date, "date");
    this.description = text(description, 500, "description");
    this.source = Objects.requireNonNull(source, "source");
    this.sourceRef = text(sourceRef, 100, "sourceRef");
    this.idempotencyKey = text(idempotencyKey, 120, "idempotencyKey");
    this.createdBy = text(createdBy, 64, "createdBy");
    if ((source == EntrySource.REVERSAL) != (reversesEntryId != null)) {
      throw new IllegalStateException("a reversal, and only a reversal, names the entry it reverses");
    }
    this.reversesEntryId = reversesEntryId;
    this.lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    if (this.lines.size() < 2 || this.lines.size() > MAX_LINES) {
      throw new BadInput("ledger.entry.lineCount", MAX_LINES).on("lines");
    }
    Money debits = sum(Side.DEBIT);
    Money credits = sum(Side.CREDIT);
    if (!debits.equals(credits)) {
      throw new UnbalancedEntry(debits, credits);
    }
    this.total = debits;
  }

  /** The entry that undoes this one: same accounts and amounts, sides swapped. */
  public static JournalEntry reversalOf(long entryId, List<PostingLine> original, LocalDate date, String reason, String by) {
    List<PostingLine> swapped = original.stream().map(l -> new PostingLine(l.accountId(), l.side().opposite(), l.amount())).toList();
    return new JournalEntry(date, reason, EntrySource.REVERSAL, "entry:" + entryId, "reversal-of-" + entryId, entryId, by, swapped);
  }

  private Money sum(Side side) {
    return lines.stream().filter(l -> l.side() == side).map(PostingLine::amount).reduce(Money.ZERO, Money::plus);
  }

  private static String text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      throw new BadInput("text.required", new TextKey("field." + field)).on(field);
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new BadInput("text.tooLong", new TextKey("field." + field), max).on(field);
    }
    return trimmed;
  }

  public LocalDate date() {
    return date;
  }

  public String description() {
    return description;
  }

  public EntrySource source() {
    return source;
  }

  public String sourceRef() {
    return sourceRef;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public Long reversesEntryId() {
    return reversesEntryId;
  }

  public String createdBy() {
    return createdBy;
  }

  public List<PostingLine> lines() {
    return lines;
  }

  public Money total() {
    return total;
  }
}
