package coop.fairshare.shared;

import java.io.Serializable;

/**
 * A Thai phone number, kept in its national form: mobile numbers have 10 digits and begin 06, 08
 * or 09; land lines have 9 and begin 02 to 07. People type spaces, dashes and +66; all are accepted.
 * Shared: a delivery address and a member of the register both have one.
 */
public record ThaiPhone(String number) implements Serializable {

  public ThaiPhone {
    if (number == null || !(number.matches("0[689][0-9]{8}") || number.matches("0[2-7][0-9]{7}"))) {
      throw new BadInput("address.phone.invalid").on("phone");
    }
  }

  public static ThaiPhone parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new BadInput("address.phone.required").on("phone");
    }
    String digits = typed.strip().replaceAll("[\\s\\-().]", "");
    if (digits.startsWith("+66")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("66") && digits.length() >= 10) {
      digits = "0" + digits.substring(2);
    }
    return new ThaiPhone(digits);
  }

  /** 081-234-5678 or 02-123-4567, the way Thai people write them. */
  public String display() {
    return number.length() == 10 ? number.substring(0, 3) + "-" + number.substring(3, 6) + "-" + number.substring(6)
        : number.substring(0, 2) + "-" + number.substring(2, 5) + "-" + number.substring(5);
  }
}
