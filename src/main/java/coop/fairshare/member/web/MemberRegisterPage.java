package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.Member;
import coop.fairshare.member.MemberStatus;
import coop.fairshare.member.Members;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.ShownKey;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.SearchedPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The treasurer's member register: by group and status, searched by number or name, 50 members a
 * page. The filters live in the address (a plain GET form), so a view can be bookmarked.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class MemberRegisterPage extends SearchedPage {

  static final int PAGE_SIZE = 50;

  @EJB
  private Members members;

  @EJB
  private GroupDirectory directory;

  private String group;
  private String status;
  private Page<Member> result;
  private List<Row> rows;

  /**
   * A line of the register as the table shows it, and all it shows: the table is drawn from these
   * alone, so their key ({@link #getShownKey}) changes whenever anything it shows does.
   */
  public record Row(String memberNumber, String fullNameTh, String fullNameEn, String groupCode, String occupation, MemberStatus status, LocalDate statusSince) {

    static Row of(Member member) {
      return new Row(member.memberNumber(), member.fullNameTh(), member.fullNameEn().orElse(null), member.group().code(), member.occupation(), member.status(), member.statusSince());
    }

    public String name(Locale locale) {
      return Bilingual.pick(locale, fullNameTh, fullNameEn);
    }
  }

  public void load() {
    Long groupId = null;
    if (present(group)) {
      Optional<ProducerGroup> named = directory.groupNamed(group);
      if (named.isEmpty()) {
        // an unknown group is said, and the whole register shown; what was typed stays in the field
        Texts.error(null, "member.group.unknown", group.strip());
      }
      groupId = named.map(ProducerGroup::id).orElse(null);
    }
    Long chosenGroup = groupId;
    MemberStatus wanted = List.of(MemberStatus.values()).stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
    result = PageActions.call(() -> members.list(chosenGroup, wanted, getQ(), currentPage(), PAGE_SIZE))
        .orElseGet(() -> new Page<>(List.of(), 0, PAGE_SIZE, 0));
  }

  public Page<Member> getResult() {
    if (result == null) {
      load();
    }
    return result;
  }

  /** The page's members, as the table shows them. */
  public List<Row> getRows() {
    if (rows == null) {
      rows = getResult().items().stream().map(Row::of).toList();
    }
    return rows;
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the table is kept under once drawn: the very lines it shows (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(getRows());
  }

  /** The group filter as typed: the chosen group's code when the address named it by id. */
  public String getGroupCode() {
    if (group != null && group.strip().matches("[0-9]{1,18}")) {
      return directory.group(Long.parseLong(group.strip())).map(ProducerGroup::code).orElse(group);
    }
    return group;
  }

  /** Whether the register was counted only up to the limit (there are more members than it). */
  public boolean isCountedToLimit() {
    return getResult().total() > GroupDirectory.MEMBERS_COUNTED_AT_MOST;
  }

  public int getMembersCountedAtMost() {
    return GroupDirectory.MEMBERS_COUNTED_AT_MOST;
  }

  public List<MemberStatus> getStatuses() {
    return List.of(MemberStatus.ACTIVE, MemberStatus.RESIGNED, MemberStatus.DECEASED, MemberStatus.INACTIVE);
  }

  public boolean isFiltered() {
    return present(group) || present(status) || present(getQ());
  }

  @Override
  protected Map<String, String> filters() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("group", group);
    filters.put("status", status);
    filters.putAll(super.filters());
    return filters;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
