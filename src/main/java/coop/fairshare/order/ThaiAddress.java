package coop.fairshare.order;

import coop.fairshare.shared.ThaiPhone;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where a parcel goes in Thailand: recipient, phone, house and street, sub-district (ตำบล/แขวง),
 * district (อำเภอ/เขต), province and the 5-digit postcode, which must belong to that province.
 */
public record ThaiAddress(String recipient, ThaiPhone phone, String line, String subdistrict, String district, String provinceCode, String postcode)
    implements Serializable {

  public ThaiAddress {
    recipient = required(recipient, "recipient", 120);
    Objects.requireNonNull(phone, "phone");
    line = required(line, "line", 300);
    subdistrict = required(subdistrict, "subdistrict", 100);
    district = required(district, "district", 100);
    provinceCode = required(provinceCode, "province", 10);
    postcode = required(postcode, "postcode", 20);
    if (!postcode.matches("[1-9][0-9]{4}")) {
      throw new InvalidAddress("postcode", "address.postcode.invalid");
    }
  }

  /** An address whose postcode is checked against its province. */
  public static ThaiAddress of(String recipient, String phone, String line, String subdistrict, String district, Province province, String postcode) {
    if (province == null) {
      throw new InvalidAddress("province", "address.province.required");
    }
    ThaiAddress address = new ThaiAddress(recipient, ThaiPhone.parse(phone), line, subdistrict, district, province.code(), postcode == null ? null : postcode.strip());
    if (!province.ownsPostcode(address.postcode())) {
      throw new InvalidAddress("postcode", "address.postcode.notInProvince", province.postcodePrefix());
    }
    return address;
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidAddress(field, "address." + field + ".required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidAddress(field, "address.tooLong", max);
    }
    return trimmed;
  }
}
