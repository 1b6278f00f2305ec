package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import java.nio.charset.StandardCharsets;

/**
 * The text of a PromptPay QR code the cooperative shows a shopper: an EMVCo merchant-presented
 * payload as the Thai QR Payment standard writes it. Each field is an ID, a two-digit length and a
 * value; the last is a CRC-16/CCITT-FALSE of everything before it, its own ID and length included,
 * so a banking app refuses a code that was misread or altered.
 *
 * <ul>
 *   <li>00 payload format "01"; 01 "11" for a code without an amount, "12" for one with it;
 *   <li>29 credit transfer to a PromptPay ID (AID A000000677010111), or 30 bill payment to a biller
 *       with the order number as reference 1 (AID A000000677010112);
 *   <li>58 country "TH"; 53 currency "764" (baht); 54 the amount in baht with two decimals;
 *   <li>63 the checksum.
 * </ul>
 */
public record PromptPayQr(String payload) {

  static final String CREDIT_TRANSFER_AID = "A000000677010111";
  static final String BILL_PAYMENT_AID = "A000000677010112";
  /** The amount field holds at most 13 characters. */
  static final Money MOST = Money.ofSatang(9_999_999_999_99L);

  /** A code for a transfer of exactly this amount to the cooperative's PromptPay ID. */
  public static PromptPayQr transfer(PromptPayId to, Money amount) {
    String account = field(to.kind().tag(), to.qrValue());
    return withChecksum(field("00", "01") + field("01", "12") + field("29", field("00", CREDIT_TRANSFER_AID) + account)
        + field("58", "TH") + field("53", "764") + field("54", baht(amount)));
  }

  /** A code with no amount: the payer types it (for a poster, never for an order). */
  public static PromptPayQr transferAnyAmount(PromptPayId to) {
    return withChecksum(field("00", "01") + field("01", "11") + field("29", field("00", CREDIT_TRANSFER_AID) + field(to.kind().tag(), to.qrValue()))
        + field("58", "TH") + field("53", "764"));
  }

  /**
   * A bill payment of exactly this amount to the cooperative's biller ID (its tax ID and a two-digit
   * suffix), the order number as reference 1, so the bank's statement names the order.
   */
  public static PromptPayQr bill(String billerId, String reference1, Money amount) {
    String biller = billerId == null ? "" : billerId.replaceAll("[\\s\\-]", "");
    if (!biller.matches("\\d{15}")) {
      throw new BadInput("promptpay.biller.invalid").on("billerId");
    }
    // reference 1 is letters and digits only: an order number's dashes are left out
    String reference = reference1 == null ? "" : reference1.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
    if (!reference.matches("[A-Z0-9]{1,20}")) {
      throw new BadInput("promptpay.reference.invalid").on("reference");
    }
    return withChecksum(field("00", "01") + field("01", "12")
        + field("30", field("00", BILL_PAYMENT_AID) + field("01", biller) + field("02", reference))
        + field("58", "TH") + field("53", "764") + field("54", baht(amount)));
  }

  /** Baht with two decimals and no separators, as field 54 wants it. */
  private static String baht(Money amount) {
    if (amount == null || !amount.isPositive() || amount.compareTo(MOST) > 0) {
      throw new BadInput("promptpay.amount.invalid").on("amount");
    }
    return amount.toBaht().setScale(2).toPlainString();
  }

  private static String field(String id, String value) {
    if (value.length() > 99) {
      throw new IllegalStateException("an EMVCo field holds at most 99 characters: " + id);
    }
    return id + String.format("%02d", value.length()) + value;
  }

  private static PromptPayQr withChecksum(String fields) {
    String signed = fields + "6304";
    return new PromptPayQr(signed + String.format("%04X", crc16(signed)));
  }

  /** CRC-16/CCITT-FALSE: polynomial 0x1021, starting at 0xFFFF, no reflection, no final XOR. */
  static int crc16(String text) {
    int crc = 0xFFFF;
    for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
      crc ^= (b & 0xFF) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xFFFF;
      }
    }
    return crc;
  }

  /**
   * The code as a PNG about this many pixels wide, drawn here rather than fetched from anyone's
   * image service: black modules on white with the four-module quiet zone a phone's camera needs,
   * error correction M as banks print theirs.
   */
  public byte[] png(int pixels) {
    return QrImage.png(payload, pixels);
  }

  /** Whether a payload's checksum matches its content (what a banking app checks first). */
  public static boolean checksumHolds(String payload) {
    if (payload == null || payload.length() < 8 || !payload.regionMatches(payload.length() - 8, "6304", 0, 4)) {
      return false;
    }
    String body = payload.substring(0, payload.length() - 4);
    return String.format("%04X", crc16(body)).equals(payload.substring(payload.length() - 4));
  }
}
