package coop.fairshare.member.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.GroupSummary;
import coop.fairshare.member.Member;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The treasurer's landing page: every group with its member count, and the member register. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class TreasurerHomePage {

  @EJB
  private GroupDirectory directory;

  private List<GroupSummary> groups;
  private List<Member> members;

  public List<GroupSummary> getGroups() {
    if (groups == null) {
      groups = directory.groupSummaries();
    }
    return groups;
  }

  public List<Member> getMembers() {
    if (members == null) {
      members = directory.members(null);
    }
    return members;
  }

  public long getActiveMembers() {
    return getGroups().stream().mapToLong(GroupSummary::activeMembers).sum();
  }
}
