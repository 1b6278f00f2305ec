package coop.fairshare.savings.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import coop.fairshare.shared.web.Texts;
import java.util.Optional;

/**
 * A page that shows one group, chosen in its address ({@code ?group=5}, or {@code ?group=WV-01} by
 * code): the first group when none (or no such one) is named. The picker is a plain GET form, so
 * the group is always read from the address; a menu while the groups are few, a code typed beyond.
 */
public abstract class GroupChoice {

  static final String PARAM = "group";

  @EJB
  private GroupDirectory directory;

  private ProducerGroup group;

  /** The chosen group's id, for the group picker. */
  public String getGroupId() {
    return getGroup() == null ? "" : String.valueOf(getGroup().id());
  }

  public void setGroupId(String ignored) {
    // the picker posts as a plain GET form: the group is read from the address
  }

  /** The chosen group's code, for the typed field. */
  public String getGroupCode() {
    return getGroup() == null ? "" : getGroup().code();
  }

  /** The group named in the address (by id from the menu, by code when typed); the first group when none is, or no such one (which is said). */
  public ProducerGroup getGroup() {
    if (group == null) {
      String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAM);
      Optional<ProducerGroup> named = directory.groupNamed(raw);
      if (named.isEmpty() && raw != null && !raw.isBlank()) {
        Texts.error(null, "member.group.unknown", raw.strip());
      }
      group = named.or(() -> directory.firstGroup()).orElse(null);
    }
    return group;
  }
}
