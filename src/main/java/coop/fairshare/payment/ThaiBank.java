package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import java.util.Locale;

/**
 * The Thai banks a maker or group may be paid into, with the Bank of Thailand's three-digit code
 * (what bulk-transfer files name a bank by) and how many digits their account numbers have.
 */
public enum ThaiBank {
  BBL("002", 10, "ธนาคารกรุงเทพ", "Bangkok Bank"),
  KBANK("004", 10, "ธนาคารกสิกรไทย", "Kasikornbank"),
  KTB("006", 10, "ธนาคารกรุงไทย", "Krungthai Bank"),
  TTB("011", 10, "ธนาคารทหารไทยธนชาต", "TMBThanachart Bank"),
  SCB("014", 10, "ธนาคารไทยพาณิชย์", "Siam Commercial Bank"),
  CIMBT("022", 10, "ธนาคารซีไอเอ็มบี ไทย", "CIMB Thai Bank"),
  UOBT("024", 10, "ธนาคารยูโอบี", "UOB Thailand"),
  BAY("025", 10, "ธนาคารกรุงศรีอยุธยา", "Krungsri (Bank of Ayudhya)"),
  GSB("030", 12, "ธนาคารออมสิน", "Government Savings Bank"),
  GHB("033", 12, "ธนาคารอาคารสงเคราะห์", "Government Housing Bank"),
  BAAC("034", 12, "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.)", "Bank for Agriculture and Agricultural Cooperatives"),
  TISCO("067", 10, "ธนาคารทิสโก้", "TISCO Bank"),
  KKP("069", 10, "ธนาคารเกียรตินาคินภัทร", "Kiatnakin Phatra Bank"),
  LHB("073", 10, "ธนาคารแลนด์ แอนด์ เฮ้าส์", "Land and Houses Bank");

  private final String code;
  private final int digits;
  private final String nameTh;
  private final String nameEn;

  ThaiBank(String code, int digits, String nameTh, String nameEn) {
    this.code = code;
    this.digits = digits;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
  }

  /** A bank by its short name (KBANK) or its three-digit code (004). */
  public static ThaiBank of(String written) {
    if (written != null) {
      String w = written.strip().toUpperCase(Locale.ROOT);
      for (ThaiBank bank : values()) {
        if (bank.name().equals(w) || bank.code.equals(w)) {
          return bank;
        }
      }
    }
    throw new BadInput("payee.bank.unknown").on("bank");
  }

  public String code() {
    return code;
  }

  public int digits() {
    return digits;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }
}
