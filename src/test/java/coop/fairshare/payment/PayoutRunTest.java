package coop.fairshare.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.ledger.Side;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A payout run's rules on the plain object: maker-checker, its states, what paying posts, the transfer file. */
class PayoutRunTest {

  private static final LocalDate UP_TO = LocalDate.of(2026, 11, 28);
  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  private static final long BANK = 1;
  private static final PayeeAccount KBANK = PayeeAccount.bank("KBANK", "123-4-56789-0", "นางมาลี ทอผ้า");
  private static final PayeeAccount PROMPTPAY = PayeeAccount.promptPay("081-234-5678", null);

  /** A group with its own share and what it holds for its makers, a maker paid by PromptPay, one maker without details. */
  private static PayoutRun run() {
    PayoutRun run = new PayoutRun(UP_TO, List.of(
        new PayoutLine(10, "2200-G1", Payee.group(1), "กลุ่มทอผ้า", Money.ofSatang(12_345), KBANK),
        new PayoutLine(11, "2150-G1", Payee.group(1), "กลุ่มทอผ้า", Money.ofSatang(5_000), KBANK),
        new PayoutLine(20, "2100-M7", Payee.member(7), "นางสาย (M7)", Money.ofSatang(80_000), PROMPTPAY),
        new PayoutLine(30, "2100-M9", Payee.member(9), "นางไม่มี (M9)", Money.ofSatang(1_000), null)), "malee", NOW);
    withId(run, 12L);
    return run;
  }

  private static void withId(PayoutRun run, Long id) {
    try {
      java.lang.reflect.Field field = PayoutRun.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(run, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void itsLinesAreRowsOfItsTableInItsOrderWithNothingForDetailsAPayeeHasNot() {
    List<Object[]> rows = run().lineRows();
    assertThat(PayoutLine.TABLE_AND_COLUMNS.split(",")).hasSize(rows.get(0).length);
    assertThat(rows).extracting(r -> r[1]).containsExactly(0, 1, 2, 3);
    assertThat(rows.get(0)).containsExactly(12L, 0, 10L, "2200-G1", "GROUP", 1L, "กลุ่มทอผ้า", 12_345L, "BANK", "KBANK", "1234567890", "นางมาลี ทอผ้า", null);
    assertThat(rows.get(3)).containsExactly(12L, 3, 30L, "2100-M9", "MEMBER", 9L, "นางไม่มี (M9)", 1_000L, null, null, null, null, null);
    PayoutRun unsaved = new PayoutRun(UP_TO, List.of(new PayoutLine(30, "2100-M9", Payee.member(9), "M9", Money.ofSatang(1_000), null)), "malee", NOW);
    assertThatThrownBy(unsaved::lineRows).isInstanceOf(NullPointerException.class);
  }

  @Test
  void onlyAProposedOrApprovedRunIsPending() {
    assertThat(java.util.Arrays.stream(PayoutRun.Status.values()).filter(PayoutRun.Status::pending)).containsExactly(PayoutRun.Status.PROPOSED,
        PayoutRun.Status.APPROVED);
  }

  @Test
  void theProposerCannotApproveHerOwnRun() {
    PayoutRun run = run();
    assertRefused(() -> run.approve("malee", NOW), "payout.run.sameTreasurer");
    assertRefused(() -> run.approve(null, NOW), "payout.run.sameTreasurer");
    assertThat(run.status()).isEqualTo(PayoutRun.Status.PROPOSED);
    run.approve("somsak", NOW);
    assertThat(run.status()).isEqualTo(PayoutRun.Status.APPROVED);
    assertThat(run.approvedBy()).isEqualTo("somsak");
    assertRefused(() -> run.approve("anong", NOW), "payout.run.notProposed");
  }

  @Test
  void aRunIsPaidOnlyAfterApprovalAndOnlyOnce() {
    PayoutRun run = run();
    assertRefused(() -> run.pay(BANK, "malee", UP_TO, NOW), "payout.run.notApproved");
    assertRefused(run::transferFile, "payout.run.notApproved");
    run.approve("somsak", NOW);
    List<JournalEntry> entries = run.pay(BANK, "malee", UP_TO.plusDays(1), NOW);
    assertThat(run.status()).isEqualTo(PayoutRun.Status.PAID);
    assertThat(run.paidOn()).isEqualTo(UP_TO.plusDays(1));
    assertRefused(() -> run.pay(BANK, "somsak", UP_TO, NOW), "payout.run.alreadyPaid");
    assertRefused(() -> run.cancel("somsak", NOW), "payout.run.notProposed");
    assertThat(run.transferFile()).isNotEmpty();
    assertThat(entries).hasSize(2);
  }

  @Test
  void payingPostsOneBalancedEntryPerPayeeClearingExactlyWhatTheRunHolds() {
    PayoutRun run = run();
    run.approve("somsak", NOW);
    List<JournalEntry> entries = run.pay(BANK, "anong", UP_TO, NOW);

    JournalEntry group = entries.get(0);
    assertThat(group.idempotencyKey()).isEqualTo("payout-12-group-1");
    assertThat(group.source()).isEqualTo(EntrySource.PAYMENT);
    assertThat(group.lines()).containsExactly(PostingLine.debit(10, Money.ofSatang(12_345)), PostingLine.debit(11, Money.ofSatang(5_000)),
        PostingLine.credit(BANK, Money.ofSatang(17_345)));
    JournalEntry maker = entries.get(1);
    assertThat(maker.idempotencyKey()).isEqualTo("payout-12-member-7");
    assertThat(maker.lines()).containsExactly(PostingLine.debit(20, Money.ofSatang(80_000)), PostingLine.credit(BANK, Money.ofSatang(80_000)));
    // the maker without details is listed, not paid: her payable is not touched
    assertThat(entries).flatExtracting(JournalEntry::lines).extracting(PostingLine::accountId).doesNotContain(30L);
    assertThat(run.withoutDetails()).extracting(PayoutLine::accountCode).containsExactly("2100-M9");
    assertThat(run.total()).isEqualTo(Money.ofSatang(98_345));
    assertThat(run.transferTotal()).isEqualTo(Money.ofSatang(97_345));
    assertThat(entries).allSatisfy(e -> assertThat(e.lines().stream().filter(l -> l.side() == Side.CREDIT).map(PostingLine::accountId)).containsOnly(BANK));
  }

  @Test
  void aRunWhosePayeesAllLackDetailsCannotBeApproved() {
    PayoutRun run = new PayoutRun(UP_TO, List.of(new PayoutLine(30, "2100-M9", Payee.member(9), "M9", Money.ofSatang(1_000), null)), "malee", NOW);
    assertRefused(() -> run.approve("somsak", NOW), "payout.run.noDetails");
  }

  @Test
  void aRunWithNothingOwedIsNotProposed() {
    assertRefused(() -> new PayoutRun(UP_TO, List.of(), "malee", NOW), "payout.run.nothingOwed");
  }

  @Test
  void aProposedRunCanBeCancelledAndThenNotApproved() {
    PayoutRun run = run();
    run.cancel("somsak", NOW);
    assertThat(run.status()).isEqualTo(PayoutRun.Status.CANCELLED);
    assertRefused(() -> run.approve("somsak", NOW), "payout.run.notProposed");
    assertRefused(() -> run.pay(BANK, "somsak", UP_TO, NOW), "payout.run.notApproved");
  }

  @Test
  void theTransferFileIsUtf8WithABomAndHoldsTheFullNumbersOnlyOfPayeesWithDetails() {
    PayoutRun run = run();
    run.approve("somsak", NOW);
    byte[] file = run.transferFile();
    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).containsExactly(
        "payee,bank,account,account_name,amount_thb,reference",
        "กลุ่มทอผ้า,004 KBANK,1234567890,นางมาลี ทอผ้า,173.45,FS12-G1",
        "นางสาย (M7),PromptPay,0812345678,นางสาย (M7),800.00,FS12-M7");
    assertThat(text).doesNotContain("M9");
  }

  @Test
  void csvFieldsAreQuotedAndFormulasDefused() {
    assertThat(PayoutCsv.field("plain")).isEqualTo("plain");
    assertThat(PayoutCsv.field("Weavers, Lamphun")).isEqualTo("\"Weavers, Lamphun\"");
    assertThat(PayoutCsv.field("the \"best\" group")).isEqualTo("\"the \"\"best\"\" group\"");
    assertThat(PayoutCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(PayoutCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(PayoutCsv.field("+66")).isEqualTo("'+66");
    assertThat(PayoutCsv.field("@SUM")).isEqualTo("'@SUM");
    assertThat(PayoutCsv.field(null)).isEmpty();
  }
}
