package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.GroupSummary;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.SearchedPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The treasurer's landing page: the groups 50 a page, found by code or name, each with its member
 * counts, and the way to the member register. A national network's ten thousand groups and million
 * members are never all read for it (every treasurer's sign-in lands here).
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class TreasurerHomePage extends SearchedPage {

  static final int PAGE_SIZE = 50;

  @EJB
  private GroupDirectory directory;

  private Page<GroupSummary> groups;
  private Long groupCount;
  private Long activeMembers;

  public Page<GroupSummary> getGroups() {
    if (groups == null) {
      groups = PageActions.call(() -> directory.groupSummaries(getQ(), currentPage(), PAGE_SIZE))
          .orElseGet(() -> new Page<>(List.of(), 0, PAGE_SIZE, 0));
    }
    return groups;
  }

  public long getGroupCount() {
    if (groupCount == null) {
      groupCount = directory.groupCount();
    }
    return groupCount;
  }

  public long getActiveMembers() {
    if (activeMembers == null) {
      activeMembers = directory.activeMembersCountedToLimit();
    }
    return activeMembers;
  }

  /** Whether the active members were counted only up to the limit (there are more). */
  public boolean isActiveMembersMore() {
    return getActiveMembers() > GroupDirectory.MEMBERS_COUNTED_AT_MOST;
  }

  public int getMembersCountedAtMost() {
    return GroupDirectory.MEMBERS_COUNTED_AT_MOST;
  }
}
