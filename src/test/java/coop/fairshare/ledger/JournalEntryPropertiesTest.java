package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Any balanced set of lines makes an entry, any unbalanced one does not, and a reversal undoes exactly. */
class JournalEntryPropertiesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private static final long MAX_LINE = 100_000_000_000L; // one billion baht

  @Provide
  Arbitrary<PostingLine> lines() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 1_000),
            Arbitraries.of(Side.class),
            Arbitraries.oneOf(Arbitraries.longs().between(1, 10_000), Arbitraries.longs().between(1, MAX_LINE)))
        .as((account, side, satang) -> new PostingLine(account, side, Money.ofSatang(satang)));
  }

  /**
   * Random lines on random sides, then one more line on the lighter side for the difference (none if
   * they already balance); so 2 to 100 lines in a random order of sides.
   */
  @Provide
  Arbitrary<List<PostingLine>> balanced() {
    return Combinators.combine(lines().list().ofMinSize(1).ofMaxSize(99), Arbitraries.longs().between(1, 1_000), Arbitraries.integers().between(0, 99))
        .as((drawn, account, at) -> {
          long difference = sum(drawn, Side.DEBIT) - sum(drawn, Side.CREDIT);
          List<PostingLine> lines = new ArrayList<>(drawn);
          if (difference != 0) {
            Side lighter = difference > 0 ? Side.CREDIT : Side.DEBIT;
            lines.add(Math.min(at, lines.size()), new PostingLine(account, lighter, Money.ofSatang(Math.abs(difference))));
          }
          return List.copyOf(lines);
        });
  }

  private static long sum(List<PostingLine> lines, Side side) {
    return lines.stream().filter(l -> l.side() == side).mapToLong(l -> l.amount().satang()).sum();
  }

  private static JournalEntry entry(List<PostingLine> lines) {
    return new JournalEntry(DAY, "Random entry", EntrySource.SALE, "order:1", "sale-1", null, "somchai", lines);
  }

  @Property(tries = 2000)
  void everyBalancedSetOfLinesIsAcceptedAndTotalsItsDebits(@ForAll("balanced") List<PostingLine> lines) {
    JournalEntry entry = entry(lines);
    assertThat(entry.lines()).containsExactlyElementsOf(lines);
    assertThat(entry.total()).isEqualTo(Money.ofSatang(sum(lines, Side.DEBIT)));
    assertThat(entry.total()).isEqualTo(Money.ofSatang(sum(lines, Side.CREDIT)));
    assertThat(entry.total().isPositive()).isTrue();
  }

  @Property(tries = 2000)
  void movingAnyLineByAnyAmountUnbalancesTheEntry(
      @ForAll("balanced") List<PostingLine> lines, @ForAll @IntRange(min = 0, max = 99) int which, @ForAll @LongRange(min = 1, max = MAX_LINE) long change, @ForAll boolean up) {
    int index = which % lines.size();
    PostingLine line = lines.get(index);
    long changed = up ? line.amount().satang() + change : line.amount().satang() - change;
    if (changed <= 0) {
      changed = line.amount().satang() + change; // a line must stay positive; grow it instead
    }
    List<PostingLine> tampered = new ArrayList<>(lines);
    tampered.set(index, new PostingLine(line.accountId(), line.side(), Money.ofSatang(changed)));
    assertThatThrownBy(() -> entry(tampered)).isInstanceOf(UnbalancedEntry.class);
  }

  @Property(tries = 1000)
  void flippingTheSideOfOneLineUnbalancesTheEntry(@ForAll("balanced") List<PostingLine> lines, @ForAll @IntRange(min = 0, max = 99) int which) {
    int index = which % lines.size();
    PostingLine line = lines.get(index);
    List<PostingLine> tampered = new ArrayList<>(lines);
    tampered.set(index, new PostingLine(line.accountId(), line.side().opposite(), line.amount()));
    assertThatThrownBy(() -> entry(tampered)).isInstanceOf(UnbalancedEntry.class);
  }

  @Property(tries = 2000)
  void aReversalSwapsEverySideKeepsAccountsAndAmountsAndIsBalanced(@ForAll("balanced") List<PostingLine> lines, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long entryId) {
    JournalEntry original = entry(lines);
    JournalEntry reversal = JournalEntry.reversalOf(entryId, original.lines(), DAY.plusDays(1), "Undo", "treasurer");

    assertThat(reversal.lines()).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      PostingLine before = lines.get(i);
      PostingLine after = reversal.lines().get(i);
      assertThat(after.accountId()).isEqualTo(before.accountId());
      assertThat(after.amount()).isEqualTo(before.amount());
      assertThat(after.side()).isEqualTo(before.side().opposite());
    }
    assertThat(reversal.source()).isEqualTo(EntrySource.REVERSAL);
    assertThat(reversal.reversesEntryId()).isEqualTo(entryId);
    assertThat(reversal.idempotencyKey()).isEqualTo("reversal-of-" + entryId);
    assertThat(reversal.sourceRef()).isEqualTo("entry:" + entryId);
    // itself balanced, for the same total
    assertThat(sum(reversal.lines(), Side.DEBIT)).isEqualTo(sum(reversal.lines(), Side.CREDIT));
    assertThat(reversal.total()).isEqualTo(original.total());
    // and every account's net movement cancels out
    for (long account : lines.stream().mapToLong(PostingLine::accountId).distinct().toArray()) {
      assertThat(net(lines, account) + net(reversal.lines(), account)).as("account %d", account).isZero();
    }
  }

  @Property(tries = 500)
  void reversingAReversalGivesBackTheOriginalLines(@ForAll("balanced") List<PostingLine> lines) {
    JournalEntry reversal = JournalEntry.reversalOf(7L, lines, DAY, "Undo", "treasurer");
    assertThat(JournalEntry.reversalOf(8L, reversal.lines(), DAY, "Redo", "treasurer").lines()).containsExactlyElementsOf(lines);
  }

  private static long net(List<PostingLine> lines, long account) {
    return lines.stream().filter(l -> l.accountId() == account).mapToLong(l -> l.side() == Side.DEBIT ? l.amount().satang() : -l.amount().satang()).sum();
  }
}
