package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/**
 * What one kind of posting moved on an account over a period: its source and the start of its
 * idempotency key up to the second hyphen ({@code welfare-in}, {@code sale-split}), which names the
 * use case that posted it, with the credits and debits it made.
 */
public record SourcedTotal(EntrySource source, String keyKind, Money credits, Money debits) implements Serializable {

  /**
   * The kind of an entry's idempotency key, in SQL over the entry {@code e}: its first two words
   * when both are letters ("welfare-in" of "welfare-in-2026-05-12"), else its first ("slip" of
   * "slip-12"), else nothing; so the kinds stay few however many entries an account has (the month
   * totals are kept by them).
   */
  public static final String KEY_KIND_SQL = "LEFT(CASE WHEN e.idempotency_key REGEXP '^[a-z]+-[a-z]+(-|$)' THEN SUBSTRING_INDEX(e.idempotency_key, '-', 2)"
      + " WHEN e.idempotency_key REGEXP '^[a-z]+(-|$)' THEN SUBSTRING_INDEX(e.idempotency_key, '-', 1) ELSE '' END, 40)";
}
