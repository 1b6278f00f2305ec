package coop.fairshare.savings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Savings for a spreadsheet: a group's accounts, and the movements of an account or a group, as
 * CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, so Excel shows the Thai names. Text that
 * begins like a formula (=, +, -, @) gets a leading apostrophe, so a spreadsheet shows it rather
 * than running it; amounts are plain baht with two decimals.
 */
public final class SavingsCsv {

  static final String[] ACCOUNT_COLUMNS = {"account", "member_number", "member_name", "product", "status", "opened_on", "balance_thb"};
  static final String[] TRANSACTION_COLUMNS = {"account", "member_number", "member_name", "value_date", "kind", "amount_thb", "balance_thb", "reference"};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private SavingsCsv() {}

  public static byte[] accounts(List<SavingsAccountView> accounts) {
    return write(ACCOUNT_COLUMNS, csv -> {
      for (SavingsAccountView a : accounts) {
        csv.printRecord(text(a.number()), text(a.memberNumber()), text(a.memberNameTh()), text(a.productNameTh()), a.status().name(), a.openedOn(),
            a.balance().toBaht().toPlainString());
      }
    });
  }

  public static byte[] transactions(List<Passbook> passbooks) {
    return write(TRANSACTION_COLUMNS, csv -> {
      for (Passbook p : passbooks) {
        for (Passbook.Line l : p.lines()) {
          csv.printRecord(text(p.accountNumber()), text(p.memberNumber()), text(p.memberNameTh()), l.valueDate(), l.kind().name(),
              l.amount().toBaht().toPlainString(), l.balance().toBaht().toPlainString(), text(l.reference()));
        }
      }
    });
  }

  /** A cell of text as a spreadsheet should show it, never as a formula. */
  static String text(String value) {
    String v = value == null ? "" : value;
    return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
  }

  private interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  private static byte[] write(String[] header, Rows rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
      csv.printRecord((Object[]) header);
      rows.print(csv);
    } catch (IOException e) {
      // a byte array never fails to take bytes
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
