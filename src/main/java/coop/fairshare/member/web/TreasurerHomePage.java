package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.GroupSummary;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The treasurer's landing page: the groups 50 a page, found by code or name, each with its member
 * counts, and the way to the member register. A national network's ten thousand groups and million
 * members are never all read for it (every treasurer's sign-in lands here).
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class TreasurerHomePage {

  static final int PAGE_SIZE = 50;

  @EJB
  private GroupDirectory directory;

  private String q;
  private int page;
  private Page<GroupSummary> groups;
  private Long groupCount;
  private Long activeMembers;

  public Page<GroupSummary> getGroups() {
    if (groups == null) {
      groups = PageActions.call(() -> directory.groupSummaries(q, Math.max(0, Math.min(page, Page.MAX_PAGE)), PAGE_SIZE))
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

  /** The address of another page of the same search. */
  public String pageLink(int target) {
    String link = "?page=" + target;
    return q == null || q.isBlank() ? link : link + "&q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
