package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The savings CSV files: a BOM for Excel, Thai kept exactly, RFC 4180 quoting, no formula run. */
class SavingsCsvTest {

  private static final SavingsAccountView ACCOUNT = new SavingsAccountView("SV-000042", "M-00017", "นางสมศรี ใจดี, \"แม่ศรี\"", 3, "กลุ่มทอผ้า", "Weavers", 2,
      "=ออมสัจจะ", "Monthly promise", SavingsAccountStatus.OPEN, LocalDate.of(2026, 3, 1), null, Money.ofSatang(123450));

  @Test
  void accountsStartWithABomAndKeepThaiQuotedAndFormulasDefused() {
    byte[] file = SavingsCsv.accounts(List.of(ACCOUNT));
    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("account,member_number,member_name,product,status,opened_on,balance_thb\r\n"
        + "SV-000042,M-00017,\"นางสมศรี ใจดี, \"\"แม่ศรี\"\"\",'=ออมสัจจะ,OPEN,2026-03-01,1234.50\r\n");
  }

  @Test
  void transactionsListEveryLineWithItsBalanceAfterAndNegativeAmountsStayNumbers() {
    Passbook passbook = new Passbook("M-00017", "นางสมศรี ใจดี", null, "กลุ่มทอผ้า", "SV-000042", "ออมทรัพย์", "Savings", LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 11, 29), Money.ofSatang(5000), List.of(
            new Passbook.Line(LocalDate.of(2026, 3, 5), SavingsEntryKind.DEPOSIT, Money.ofSatang(10000), Money.ofSatang(10000), "R-1"),
            new Passbook.Line(LocalDate.of(2026, 4, 1), SavingsEntryKind.WITHDRAWAL, Money.ofSatang(-5000), Money.ofSatang(5000), "R-2")));
    String text = new String(SavingsCsv.transactions(List.of(passbook)), StandardCharsets.UTF_8).substring(1);
    assertThat(text.split("\r\n")).containsExactly(
        "account,member_number,member_name,value_date,kind,amount_thb,balance_thb,reference",
        "SV-000042,M-00017,นางสมศรี ใจดี,2026-03-05,DEPOSIT,100.00,100.00,R-1",
        "SV-000042,M-00017,นางสมศรี ใจดี,2026-04-01,WITHDRAWAL,-50.00,50.00,R-2");
  }
}
