package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;

/**
 * Where a PromptPay payment goes: a Thai mobile number, a 13-digit national or tax ID, or a 15-digit
 * e-wallet ID, as the cooperative's treasurer writes it (dashes, spaces and +66 allowed). Its tag in
 * the QR's credit-transfer template (29) and its value there follow the Thai QR Payment standard: a
 * mobile number is written 0066 and its nine digits after the leading 0.
 */
public record PromptPayId(Kind kind, String digits) {

  /** The sub-tag of template 29 each kind goes in. */
  public enum Kind {
    MOBILE("01"), TAX_ID("02"), E_WALLET("03");

    private final String tag;

    Kind(String tag) {
      this.tag = tag;
    }

    String tag() {
      return tag;
    }
  }

  public PromptPayId {
    if (kind == null || digits == null) {
      throw new BadInput("promptpay.id.invalid").on("promptPayId");
    }
  }

  /** Reads an ID as people write it; anything that is not one of the three kinds is refused. */
  public static PromptPayId parse(String written) {
    String digits = written == null ? "" : written.replaceAll("[\\s\\-]", "");
    if (digits.startsWith("+66")) {
      digits = "0" + digits.substring(3);
    }
    if (!digits.matches("\\d+")) {
      throw new BadInput("promptpay.id.invalid").on("promptPayId");
    }
    return switch (digits.length()) {
      case 10 -> {
        if (!digits.startsWith("0")) {
          throw new BadInput("promptpay.id.invalid").on("promptPayId");
        }
        yield new PromptPayId(Kind.MOBILE, digits);
      }
      case 13 -> new PromptPayId(Kind.TAX_ID, digits);
      case 15 -> new PromptPayId(Kind.E_WALLET, digits);
      default -> throw new BadInput("promptpay.id.invalid").on("promptPayId");
    };
  }

  /** The value inside the QR: a mobile number as 0066 and its last nine digits (13 characters). */
  String qrValue() {
    return kind == Kind.MOBILE ? "0066" + digits.substring(1) : digits;
  }

  /** For pages: the ID with all but its last four digits hidden. */
  public String masked() {
    return "•".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
  }
}
