package coop.fairshare.member.web;

import coop.fairshare.member.Member;
import coop.fairshare.member.Members;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A member's own home: who she is in the register, and the way to her savings and earnings. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class MemberHomePage {

  @EJB
  private Members members;

  private Member me;

  public Member getMe() {
    if (me == null) {
      me = members.mine();
    }
    return me;
  }
}
