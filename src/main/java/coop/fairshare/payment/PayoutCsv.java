package coop.fairshare.payment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A payout run's transfer file: CSV (RFC 4180: commas, CRLF, fields with a comma, quote or line
 * break quoted, quotes doubled) in UTF-8 with a byte-order mark, so Excel shows the Thai names. A
 * name that begins like a formula (=, +, -, @) is written with a leading apostrophe, so a
 * spreadsheet shows it rather than running it.
 */
final class PayoutCsv {

  static final String HEADER = "payee,bank,account,account_name,amount_thb,reference";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private PayoutCsv() {}

  static byte[] of(List<PayoutTransfer> transfers) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (PayoutTransfer t : transfers) {
      PayeeAccount to = t.to();
      String bank = to.method() == PayoutMethod.BANK ? to.bank().code() + " " + to.bank().name() : "PromptPay";
      String name = to.accountName() == null ? t.payeeName() : to.accountName();
      csv.append(String.join(",", field(t.payeeName()), field(bank), field(to.fullNumber()), field(name), t.amount().toBaht().setScale(2).toPlainString(),
          field(t.reference()))).append("\r\n");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
