package coop.fairshare.member.web;

import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.BadInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * How a treasurer's page picks a producer group: a menu of every group while they fit one
 * ({@link GroupDirectory#PICKER_GROUPS}), a field for the group's code beyond it (a national
 * network's ten thousand groups make no menu, and would cost every page that drew one). The
 * member register, the member form, the savings pages and the split rules share it; read once a
 * request.
 */
@Named
@RequestScoped
public class GroupMenu {

  @EJB
  private GroupDirectory directory;

  private List<ProducerGroup> groups;

  /** Every group, region by region, while they fit a menu; none beyond. */
  public List<ProducerGroup> getGroups() {
    if (groups == null) {
      groups = directory.groupsForPicker(GroupDirectory.PICKER_GROUPS);
    }
    return groups;
  }

  /** Whether the group is typed by its code (too many groups for a menu). */
  public boolean isTyped() {
    return getGroups().isEmpty();
  }

  /** What a form holds for this group: its id for the menu, its code when typed. */
  public String valueOf(ProducerGroup group) {
    return isTyped() ? group.code() : String.valueOf(group.id());
  }

  /**
   * The group a form's value names: the menu's id, or the code typed (any case); none when blank.
   * A value naming no group is refused on {@code field}, in the treasurer's words, with what she typed.
   */
  public Optional<ProducerGroup> chosen(String value, String field) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String raw = value.strip();
    Optional<ProducerGroup> found = isTyped() ? directory.groupByCode(raw)
        : raw.matches("[0-9]{1,18}") ? directory.group(Long.parseLong(raw)) : Optional.empty();
    return Optional.of(found.orElseThrow(() -> new BadInput("member.group.unknown", raw).on(field)));
  }
}
