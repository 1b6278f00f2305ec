package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.GroupSummary;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.SearchedPage;
import coop.fairshare.shared.web.ShownKey;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

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
  private List<Row> rows;
  private Long groupCount;
  private Long activeMembers;

  public Page<GroupSummary> getGroups() {
    if (groups == null) {
      groups = PageActions.call(() -> directory.groupSummaries(getQ(), currentPage(), PAGE_SIZE))
          .orElseGet(() -> new Page<>(List.of(), 0, PAGE_SIZE, 0));
    }
    return groups;
  }

  /**
   * A line of the groups' table as it shows it, and all it shows: the table is drawn from these
   * alone, so their key ({@link #getShownKey}) changes whenever anything it shows does.
   */
  public record Row(long id, String code, String nameTh, String nameEn, String regionTh, String regionEn, String province, long activeMembers, long allMembers) {

    static Row of(GroupSummary summary) {
      var g = summary.group();
      return new Row(g.id(), g.code(), g.nameTh(), g.nameEn(), g.region().nameTh(), g.region().nameEn(), g.province(), summary.activeMembers(), summary.allMembers());
    }

    public String name(Locale locale) {
      return Bilingual.pick(locale, nameTh, nameEn);
    }

    public String region(Locale locale) {
      return Bilingual.pick(locale, regionTh, regionEn);
    }
  }

  /** This page's groups, as the table shows them. */
  public List<Row> getRows() {
    if (rows == null) {
      rows = getGroups().items().stream().map(Row::of).toList();
    }
    return rows;
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the table is kept under once drawn: the very lines it shows (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(getRows());
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
