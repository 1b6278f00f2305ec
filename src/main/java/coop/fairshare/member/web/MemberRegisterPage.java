package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.Member;
import coop.fairshare.member.MemberStatus;
import coop.fairshare.member.Members;
import coop.fairshare.member.ProducerGroup;
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
 * The treasurer's member register: by group and status, searched by number or name, 50 members a
 * page. The filters live in the address (a plain GET form), so a view can be bookmarked.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class MemberRegisterPage {

  static final int PAGE_SIZE = 50;

  @EJB
  private Members members;

  @EJB
  private GroupDirectory directory;

  private String group;
  private String status;
  private String q;
  private int page;
  private Page<Member> result;
  private List<ProducerGroup> groups;

  public void load() {
    Long groupId = group == null || !group.matches("[0-9]{1,18}") ? null : Long.valueOf(group);
    MemberStatus wanted = List.of(MemberStatus.values()).stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
    result = PageActions.call(() -> members.list(groupId, wanted, q, Math.max(0, Math.min(page, Page.MAX_PAGE)), PAGE_SIZE))
        .orElseGet(() -> new Page<>(List.of(), 0, PAGE_SIZE, 0));
  }

  public Page<Member> getResult() {
    if (result == null) {
      load();
    }
    return result;
  }

  public List<ProducerGroup> getGroups() {
    if (groups == null) {
      groups = directory.groups();
    }
    return groups;
  }

  public List<MemberStatus> getStatuses() {
    return List.of(MemberStatus.ACTIVE, MemberStatus.RESIGNED, MemberStatus.DECEASED, MemberStatus.INACTIVE);
  }

  public boolean isFiltered() {
    return present(group) || present(status) || present(q);
  }

  /** The address of another page of the same view. */
  public String pageLink(int target) {
    StringBuilder link = new StringBuilder("?page=").append(target);
    for (String[] p : new String[][] {{"group", group}, {"status", status}, {"q", q}}) {
      if (present(p[1])) {
        link.append('&').append(p[0]).append('=').append(URLEncoder.encode(p[1].strip(), StandardCharsets.UTF_8));
      }
    }
    return link.toString();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
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
