package coop.fairshare.member.rest;

import coop.fairshare.member.Member;

/** A member of the register as the API answers her; dates are ISO (2020-01-31), the phone in its national form. */
public record MemberJson(String number, String nameTh, String nameEn, long groupId, String groupCode, String occupation, String gender, String birthDate,
    String joinedOn, String phone, String status, String statusSince) {

  static MemberJson of(Member m) {
    return new MemberJson(m.memberNumber(), m.fullNameTh(), m.fullNameEn().orElse(null), m.group().id(), m.group().code(), m.occupation(), m.gender().name(),
        m.birthDate().map(Object::toString).orElse(null), m.joinedOn().toString(), m.phone().map(p -> p.number()).orElse(null), m.status().name(),
        m.statusSince().toString());
  }
}
