package coop.fairshare.member.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.GroupSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The treasurer's landing page: every group with its member count, and the way to the member register. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class TreasurerHomePage {

  @EJB
  private GroupDirectory directory;

  private List<GroupSummary> groups;

  public List<GroupSummary> getGroups() {
    if (groups == null) {
      groups = directory.groupSummaries();
    }
    return groups;
  }

  public long getActiveMembers() {
    return getGroups().stream().mapToLong(GroupSummary::activeMembers).sum();
  }
}
