package coop.fairshare.member;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.ThaiPhone;
import java.time.LocalDate;

/**
 * What the register keeps about a member besides her number, the day she joined and her status:
 * checked once here, for the form, the API and every row of an imported spreadsheet alike. Each
 * refusal names its field (the API's names: nameTh, nameEn, groupId, occupation, gender, birthDate,
 * phone).
 */
public record MemberDetails(String nameTh, String nameEn, ProducerGroup group, String occupation, Gender gender, LocalDate birthDate, ThaiPhone phone) {

  /** Nobody in the register was born before this; an earlier date is a typing slip (or a B.E. year read as C.E.). */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  public MemberDetails {
    nameTh = Bilingual.require(nameTh, 200, "nameTh");
    nameEn = nameEn == null || nameEn.isBlank() ? null : Bilingual.require(nameEn, 200, "nameEn");
    if (group == null) {
      throw new BadInput("member.group.required").on("groupId");
    }
    occupation = Bilingual.require(occupation, 120, "occupation");
    if (gender == null) {
      throw new BadInput("member.gender.required").on("gender");
    }
    if (birthDate != null && birthDate.isAfter(CoopTime.today())) {
      throw new BadInput("member.birthDate.future").on("birthDate");
    }
    if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH)) {
      throw new BadInput("member.birthDate.tooEarly").on("birthDate");
    }
  }

  /**
   * A new or edited member's details: her birth date is required; the phone is optional, typed the
   * way people type it (081-234-5678, +66 81 234 5678).
   */
  public static MemberDetails of(String nameTh, String nameEn, ProducerGroup group, String occupation, Gender gender, LocalDate birthDate, String phone) {
    MemberDetails details = new MemberDetails(nameTh, nameEn, group, occupation, gender, birthDate, phone == null || phone.isBlank() ? null : ThaiPhone.parse(phone));
    if (birthDate == null) {
      throw new BadInput("member.birthDate.required").on("birthDate");
    }
    return details;
  }

  /** Details as an older row recorded them: birth date and phone may be missing. */
  static MemberDetails recorded(String nameTh, String nameEn, ProducerGroup group, String occupation, Gender gender, LocalDate birthDate, ThaiPhone phone) {
    return new MemberDetails(nameTh, nameEn, group, occupation, gender, birthDate, phone);
  }
}
