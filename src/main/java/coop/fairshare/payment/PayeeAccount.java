package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.TextKey;
import java.io.Serializable;
import java.util.Locale;

/**
 * Where a maker's or group's money goes: a Thai bank account (bank, number, name) or a PromptPay
 * ID. Pages and the API only ever show it masked; the full number leaves the app only in a
 * payout run's transfer file.
 */
public record PayeeAccount(PayoutMethod method, ThaiBank bank, String accountNumber, String accountName, PromptPayId promptPayId) implements Serializable {

  static final int NAME_MAX = 120;

  public PayeeAccount {
    if (method == null) {
      throw new BadInput("payee.method.unknown").on("method");
    }
    if (method == PayoutMethod.BANK && (bank == null || accountNumber == null || accountName == null || promptPayId != null)
        || method == PayoutMethod.PROMPTPAY && (promptPayId == null || bank != null || accountNumber != null)) {
      throw new IllegalStateException("a bank account has a bank, number and name; a PromptPay ID has only the ID (and perhaps a name)");
    }
  }

  /** A bank account as a treasurer types it (dashes and spaces allowed in the number). */
  public static PayeeAccount bank(String bankWritten, String numberWritten, String nameWritten) {
    ThaiBank bank = ThaiBank.of(bankWritten);
    String digits = numberWritten == null ? "" : numberWritten.replaceAll("[\\s\\-]", "");
    if (!digits.matches("\\d+") || digits.length() != bank.digits()) {
      throw new BadInput("payee.accountNumber.invalid", bank.digits()).on("accountNumber");
    }
    return new PayeeAccount(PayoutMethod.BANK, bank, digits, name(nameWritten, true), null);
  }

  /** A PromptPay ID (mobile, national or tax ID, e-wallet), optionally with the name it is registered to. */
  public static PayeeAccount promptPay(String idWritten, String nameWritten) {
    return new PayeeAccount(PayoutMethod.PROMPTPAY, null, null, name(nameWritten, false), PromptPayId.parse(idWritten));
  }

  /** Either kind, from the method's name (for forms and the API). */
  public static PayeeAccount of(String method, String bank, String accountNumber, String accountName, String promptPayId) {
    String m = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
    return switch (m) {
      case "BANK" -> bank(bank, accountNumber, accountName);
      case "PROMPTPAY" -> promptPay(promptPayId, accountName);
      default -> throw new BadInput("payee.method.unknown").on("method");
    };
  }

  private static String name(String written, boolean required) {
    String name = written == null ? "" : written.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      if (required) {
        throw new BadInput("text.required", new TextKey("field.accountName")).on("accountName");
      }
      return null;
    }
    if (name.length() > NAME_MAX) {
      throw new BadInput("text.tooLong", new TextKey("field.accountName"), NAME_MAX).on("accountName");
    }
    return name;
  }

  /**
   * For pages and the API: a bank account as banks print it on a slip, all but four digits
   * hidden ("xxx-x-x6789-x" for a ten-digit number), a PromptPay ID with all but its last four.
   */
  public String masked() {
    if (method == PayoutMethod.PROMPTPAY) {
      return promptPayId.masked().replace('•', 'x');
    }
    if (accountNumber.length() == 10) {
      return "xxx-x-x" + accountNumber.substring(5, 9) + "-x";
    }
    return "x".repeat(accountNumber.length() - 4) + accountNumber.substring(accountNumber.length() - 4);
  }

  /** The bank's short name, or PromptPay: what a page shows beside the masked number. */
  public String via() {
    return method == PayoutMethod.BANK ? bank.name() : "PromptPay";
  }

  /** The full number or ID: for the transfer file only. */
  String fullNumber() {
    return method == PayoutMethod.BANK ? accountNumber : promptPayId.digits();
  }

  /** Rebuilds one from stored columns (each as the factories wrote them). */
  static PayeeAccount stored(String method, String bankName, String accountNumber, String accountName, String promptPayId) {
    if (method == null) {
      return null;
    }
    PayoutMethod m = PayoutMethod.valueOf(method);
    return m == PayoutMethod.BANK ? new PayeeAccount(m, ThaiBank.valueOf(bankName), accountNumber, accountName, null)
        : new PayeeAccount(m, null, null, accountName, PromptPayId.parse(promptPayId));
  }
}
