package coop.fairshare.member;

import java.io.Serializable;

/** A member as other areas see her: her id, member number and Thai name, nothing of the register. */
public record MemberName(long id, String memberNumber, String fullNameTh) implements Serializable {

  static MemberName of(Member member) {
    return new MemberName(member.id(), member.memberNumber(), member.fullNameTh());
  }
}
