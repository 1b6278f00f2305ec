package coop.fairshare.ledger;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JournalEntryTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private static final long CASH = 1;
  private static final long MAKER_PAYABLE = 2;
  private static final long COOP_FUND = 3;

  private static List<PostingLine> sale() {
    return List.of(
        PostingLine.debit(CASH, Money.ofSatang(100_000)),
        PostingLine.credit(MAKER_PAYABLE, Money.ofSatang(70_000)),
        PostingLine.credit(COOP_FUND, Money.ofSatang(30_000)));
  }

  /** A sale entry with one field replaced, the others valid. */
  private static JournalEntry entry(String field, String value) {
    return new JournalEntry(DAY,
        field.equals("description") ? value : "Sale of a woven bag",
        EntrySource.SALE,
        field.equals("sourceRef") ? value : "order:42",
        field.equals("key") ? value : "sale-42",
        null,
        field.equals("createdBy") ? value : "somchai",
        sale());
  }

  private static JournalEntry withLines(List<PostingLine> lines) {
    return new JournalEntry(DAY, "Sale", EntrySource.SALE, "order:42", "sale-42", null, "somchai", lines);
  }

  private static JournalEntry withSource(EntrySource source, Long reverses) {
    return new JournalEntry(DAY, "Entry", source, "ref:1", "key-1", reverses, "somchai", sale());
  }

  @Test
  void keepsWhatItWasGivenAndTotalsTheDebits() {
    JournalEntry entry = entry("none", null);
    assertThat(entry.date()).isEqualTo(DAY);
    assertThat(entry.description()).isEqualTo("Sale of a woven bag");
    assertThat(entry.source()).isEqualTo(EntrySource.SALE);
    assertThat(entry.sourceRef()).isEqualTo("order:42");
    assertThat(entry.idempotencyKey()).isEqualTo("sale-42");
    assertThat(entry.reversesEntryId()).isNull();
    assertThat(entry.createdBy()).isEqualTo("somchai");
    assertThat(entry.lines()).containsExactlyElementsOf(sale());
    assertThat(entry.total()).isEqualTo(Money.ofSatang(100_000));
  }

  @Test
  void theTotalIsTheSumOfTheDebitsNotOfAllLines() {
    JournalEntry entry = withLines(List.of(
        PostingLine.debit(CASH, Money.ofSatang(600)),
        PostingLine.debit(COOP_FUND, Money.ofSatang(400)),
        PostingLine.credit(MAKER_PAYABLE, Money.ofSatang(250)),
        PostingLine.credit(MAKER_PAYABLE, Money.ofSatang(750))));
    assertThat(entry.total()).isEqualTo(Money.ofSatang(1_000));
  }

  @Test
  void stripsTheSpaceAroundItsTexts() {
    JournalEntry entry = new JournalEntry(DAY, "  ขายกระเป๋า  ", EntrySource.SALE, " order:42 ", "\tsale-42\n", null, " somchai ", sale());
    assertThat(entry.description()).isEqualTo("ขายกระเป๋า");
    assertThat(entry.sourceRef()).isEqualTo("order:42");
    assertThat(entry.idempotencyKey()).isEqualTo("sale-42");
    assertThat(entry.createdBy()).isEqualTo("somchai");
  }

  @Test
  void refusesAnEntryWithNoLines() {
    assertThatThrownBy(() -> withLines(List.of())).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ledger.entry.lineCount");
  }

  @Test
  void refusesAnEntryWithOneLine() {
    assertThatThrownBy(() -> withLines(List.of(PostingLine.debit(CASH, Money.ofSatang(100)))))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("ledger.entry.lineCount");
  }

  @Test
  void acceptsExactlyTheMostLines() {
    List<PostingLine> lines = new ArrayList<>();
    for (int i = 0; i < JournalEntry.MAX_LINES / 2; i++) {
      lines.add(PostingLine.debit(CASH, Money.ofSatang(1)));
      lines.add(PostingLine.credit(COOP_FUND, Money.ofSatang(1)));
    }
    JournalEntry entry = withLines(lines);
    assertThat(entry.lines()).hasSize(200);
    assertThat(entry.total()).isEqualTo(Money.ofSatang(100));
  }

  @Test
  void refusesOneLineMoreThanTheMostEvenWhenBalanced() {
    List<PostingLine> lines = new ArrayList<>();
    for (int i = 0; i < JournalEntry.MAX_LINES; i++) {
      lines.add(PostingLine.debit(CASH, Money.ofSatang(1)));
    }
    lines.add(PostingLine.credit(COOP_FUND, Money.ofSatang(JournalEntry.MAX_LINES)));
    assertThatThrownBy(() -> withLines(lines)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ledger.entry.lineCount");
  }

  @Test
  void refusesDebitsThatDoNotEqualCredits() {
    List<PostingLine> lines = List.of(PostingLine.debit(CASH, Money.ofSatang(100_000)), PostingLine.credit(MAKER_PAYABLE, Money.ofSatang(99_999)));
    assertThatThrownBy(() -> withLines(lines))
        .isInstanceOf(UnbalancedEntry.class)
        .hasMessageContaining("1000.00 THB")
        .hasMessageContaining("999.99 THB");
  }

  @Test
  void refusesAnEntryWithDebitsOnly() {
    List<PostingLine> lines = List.of(PostingLine.debit(CASH, Money.ofSatang(100)), PostingLine.debit(COOP_FUND, Money.ofSatang(100)));
    assertThatThrownBy(() -> withLines(lines)).isInstanceOf(UnbalancedEntry.class);
  }

  @Test
  void refusesAnEntryWithCreditsOnly() {
    List<PostingLine> lines = List.of(PostingLine.credit(CASH, Money.ofSatang(100)), PostingLine.credit(COOP_FUND, Money.ofSatang(100)));
    assertThatThrownBy(() -> withLines(lines)).isInstanceOf(UnbalancedEntry.class);
  }

  @Test
  void anUnbalancedEntryIsBadInputThatShowsBothSidesInBaht() {
    UnbalancedEntry unbalanced = new UnbalancedEntry(Money.ofBaht(1250), Money.ofBaht(1200));
    assertThat(unbalanced).isInstanceOf(BadInput.class);
    assertThat(unbalanced.messageKey()).isEqualTo("ledger.entry.unbalanced");
    assertThat(Texts.text(Locale.ENGLISH, unbalanced.messageKey(), unbalanced.arguments())).isEqualTo("Debits (฿1,250.00) must equal credits (฿1,200.00)");
    assertThat(Texts.text(Language.THAI, unbalanced.messageKey(), unbalanced.arguments())).isEqualTo("ยอดเดบิต (฿1,250.00) ต้องเท่ากับยอดเครดิต (฿1,200.00)");
  }

  @Test
  void refusesDebitsSoLargeTheirSumWouldOverflow() {
    List<PostingLine> lines = List.of(
        PostingLine.debit(CASH, Money.ofSatang(Long.MAX_VALUE)),
        PostingLine.debit(CASH, Money.ofSatang(1)),
        PostingLine.credit(COOP_FUND, Money.ofSatang(Long.MAX_VALUE)));
    // refused either way; the sum must not wrap round to a negative that could look balanced
    assertThatThrownBy(() -> withLines(lines)).isInstanceOfAny(ArithmeticException.class, BusinessRuleViolation.class);
  }

  @Test
  void keepsItsOwnCopyOfTheLines() {
    List<PostingLine> lines = new ArrayList<>(sale());
    JournalEntry entry = withLines(lines);
    lines.add(PostingLine.debit(CASH, Money.ofSatang(1)));
    assertThat(entry.lines()).hasSize(3);
    assertThatThrownBy(() -> entry.lines().add(PostingLine.debit(CASH, Money.ofSatang(1)))).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"description", "sourceRef", "key", "createdBy"})
  void refusesAMissingText(String field) {
    assertThatThrownBy(() -> entry(field, null)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("text.required");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\t", "\n \r"})
  void refusesABlankDescription(String blank) {
    assertThatThrownBy(() -> entry("description", blank)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.description");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void refusesABlankSourceReference(String blank) {
    assertThatThrownBy(() -> entry("sourceRef", blank)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.sourceRef");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void refusesABlankIdempotencyKey(String blank) {
    assertThatThrownBy(() -> entry("key", blank)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.idempotencyKey");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void refusesABlankAuthor(String blank) {
    assertThatThrownBy(() -> entry("createdBy", blank)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("field.createdBy");
  }

  @ParameterizedTest
  @CsvSource({"description, 500", "sourceRef, 100", "key, 120", "createdBy, 64"})
  void acceptsATextOfExactlyItsLongestLength(String field, int max) {
    entry(field, "x".repeat(max));
    // the space around a text does not count
    entry(field, "  " + "ก".repeat(max) + "  ");
  }

  @ParameterizedTest
  @CsvSource({"description, 500", "sourceRef, 100", "key, 120", "createdBy, 64"})
  void refusesATextOneCharacterTooLong(String field, int max) {
    assertThatThrownBy(() -> entry(field, "x".repeat(max + 1))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("text.tooLong");
  }

  @Test
  void refusesAMissingDateSourceOrLines() {
    assertThatThrownBy(() -> new JournalEntry(null, "Sale", EntrySource.SALE, "order:42", "sale-42", null, "somchai", sale())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new JournalEntry(DAY, "Sale", null, "order:42", "sale-42", null, "somchai", sale())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new JournalEntry(DAY, "Sale", EntrySource.SALE, "order:42", "sale-42", null, "somchai", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReversalNamesTheEntryItReverses() {
    assertThat(withSource(EntrySource.REVERSAL, 17L).reversesEntryId()).isEqualTo(17L);
  }

  @Test
  void aReversalWithoutTheEntryItReversesIsRefused() {
    assertThatThrownBy(() -> withSource(EntrySource.REVERSAL, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("reversal");
  }

  @ParameterizedTest
  @EnumSource(value = EntrySource.class, names = "REVERSAL", mode = EnumSource.Mode.EXCLUDE)
  void onlyAReversalMayNameAnEntryToReverse(EntrySource source) {
    assertThat(withSource(source, null).source()).isEqualTo(source);
    assertThatThrownBy(() -> withSource(source, 17L)).isInstanceOf(IllegalStateException.class).hasMessageContaining("reversal");
  }

  @Test
  void theReversalOfASaleSwapsEverySideAndKeepsAccountsAndAmounts() {
    JournalEntry reversal = JournalEntry.reversalOf(42L, sale(), DAY.plusDays(1), "Order cancelled", "treasurer");
    assertThat(reversal.lines()).containsExactly(
        PostingLine.credit(CASH, Money.ofSatang(100_000)),
        PostingLine.debit(MAKER_PAYABLE, Money.ofSatang(70_000)),
        PostingLine.debit(COOP_FUND, Money.ofSatang(30_000)));
    assertThat(reversal.source()).isEqualTo(EntrySource.REVERSAL);
    assertThat(reversal.reversesEntryId()).isEqualTo(42L);
    assertThat(reversal.idempotencyKey()).isEqualTo("reversal-of-42");
    assertThat(reversal.sourceRef()).isEqualTo("entry:42");
    assertThat(reversal.description()).isEqualTo("Order cancelled");
    assertThat(reversal.createdBy()).isEqualTo("treasurer");
    assertThat(reversal.date()).isEqualTo(DAY.plusDays(1));
    assertThat(reversal.total()).isEqualTo(Money.ofSatang(100_000));
  }

  @Test
  void aReversalNeedsAReason() {
    assertThatThrownBy(() -> JournalEntry.reversalOf(42L, sale(), DAY, " ", "treasurer")).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void reversingAnUnbalancedSetOfLinesIsStillRefused() {
    List<PostingLine> lines = List.of(PostingLine.debit(CASH, Money.ofSatang(2)), PostingLine.credit(COOP_FUND, Money.ofSatang(1)));
    assertThatThrownBy(() -> JournalEntry.reversalOf(42L, lines, DAY, "Undo", "treasurer")).isInstanceOf(UnbalancedEntry.class);
  }
}
