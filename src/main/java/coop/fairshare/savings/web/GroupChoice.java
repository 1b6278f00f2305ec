package coop.fairshare.savings.web;

import coop.fairshare.member.ProducerGroup;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Optional;

/** The group a page shows, from its address ({@code ?group=5}): the first group when none (or no such one) is named. */
final class GroupChoice {

  static final String PARAM = "group";

  private GroupChoice() {}

  static Optional<ProducerGroup> of(List<ProducerGroup> groups) {
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
