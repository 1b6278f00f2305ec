package coop.fairshare.savings.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Optional;

/**
 * A page that shows one group, chosen in its address ({@code ?group=5}): the first group when none
 * (or no such one) is named. The picker is a plain GET form, so the group is always read from the
 * address.
 */
public abstract class GroupChoice {

  static final String PARAM = "group";

  @EJB
  private GroupDirectory directory;

  private List<ProducerGroup> groups;
  private ProducerGroup group;

  public List<ProducerGroup> getGroups() {
    if (groups == null) {
      groups = directory.groups();
    }
    return groups;
  }

  /** The chosen group's id, for the group picker. */
  public String getGroupId() {
    return getGroup() == null ? "" : String.valueOf(getGroup().id());
  }

  public void setGroupId(String ignored) {
    // the picker posts as a plain GET form: the group is read from the address
  }

  public ProducerGroup getGroup() {
    if (group == null) {
      group = chosen(getGroups()).orElse(null);
    }
    return group;
  }

  static Optional<ProducerGroup> chosen(List<ProducerGroup> groups) {
    String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAM);
    Optional<ProducerGroup> named = Optional.empty();
    try {
      if (raw != null && !raw.isBlank()) {
        long id = Long.parseLong(raw.strip());
        named = groups.stream().filter(g -> g.id() == id).findFirst();
      }
    } catch (NumberFormatException e) {
      named = Optional.empty();
    }
    return named.isPresent() ? named : groups.stream().findFirst();
  }
}
