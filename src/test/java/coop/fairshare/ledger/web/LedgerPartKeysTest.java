package coop.fairshare.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.ledger.AccountBalance;
import coop.fairshare.ledger.AccountType;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalPage;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.ledger.OwnerKind;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.Side;
import coop.fairshare.ledger.TrialBalance;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.DataKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trial balance and the journal are drawn once per {@link DataKey} of what they show: the key
 * of two separate reads of the same books is one (every part of them prints its values, none its
 * identity), and one satang or one reversal more makes another.
 */
class LedgerPartKeysTest {

  private static LedgerAccount cash() {
    return new LedgerAccount(1, "1000", "เงินสด", "Cash", AccountType.ASSET, OwnerKind.NONE, null, 1);
  }

  private static LedgerAccount fund() {
    return new LedgerAccount(2, "3100", "กองทุนสหกรณ์", "Cooperative fund", AccountType.EQUITY, OwnerKind.NONE, null, 16);
  }

  private static TrialBalance books(long satang) {
    return new TrialBalance(List.of(new AccountBalance(cash(), Money.ofSatang(satang), Money.ZERO),
        new AccountBalance(fund(), Money.ZERO, Money.ofSatang(satang))));
  }

  private static JournalPage journal(Long reversedBy) {
    PostedEntry entry = new PostedEntry(7, LocalDate.of(2026, 11, 30), "ขาย FS-1", EntrySource.SALE, "FS-1", "sale:FS-1", null, reversedBy,
        Money.ofSatang(12_345), "treasurer", Instant.parse("2026-11-30T02:00:00Z"),
        List.of(new PostedEntry.Line(1, cash(), Side.DEBIT, Money.ofSatang(12_345)), new PostedEntry.Line(2, fund(), Side.CREDIT, Money.ofSatang(12_345))));
    return new JournalPage(List.of(entry), 0, false);
  }

  @Test
  void theTrialBalancesKeyIsItsFigures() {
    assertThat(DataKey.of(books(100))).isEqualTo(DataKey.of(books(100))).isNotEqualTo(DataKey.of(books(101)));
  }

  @Test
  void theJournalsKeyIsItsEntriesAndFilters() {
    assertThat(DataKey.of(journal(null), List.of(cash(), fund()), null, null, "2026-11-01", null, null))
        .isEqualTo(DataKey.of(journal(null), List.of(cash(), fund()), null, null, "2026-11-01", null, null))
        .isNotEqualTo(DataKey.of(journal(9L), List.of(cash(), fund()), null, null, "2026-11-01", null, null))
        .isNotEqualTo(DataKey.of(journal(null), List.of(cash(), fund()), null, null, "2026-11-02", null, null))
        .isNotEqualTo(DataKey.of(journal(null), List.of(cash()), null, null, "2026-11-01", null, null));
  }
}
