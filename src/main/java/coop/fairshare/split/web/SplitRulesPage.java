package coop.fairshare.split.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.split.RuleScope;
import coop.fairshare.split.SplitRule;
import coop.fairshare.split.SplitRules;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Every split rule version, which of them is in force today, and the maker's floor. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SplitRulesPage {

  @EJB
  private SplitRules rules;

  @EJB
  private GroupDirectory directory;

  private List<SplitRule> all;
  private Map<Long, ProducerGroup> groupsById;
  private Set<Long> inForce;
  private PhaseId readIn;

  public List<SplitRule> getRules() {
    // a postback reads the table to decode it before a new version is saved; draw it afresh
    PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
    if (now != readIn) {
      all = null;
      inForce = null;
      readIn = now;
    }
    if (all == null) {
      all = rules.all();
    }
    return all;
  }

  public List<ProductCategory> getCategories() {
    return List.of(ProductCategory.values());
  }

  public List<RuleScope> getScopes() {
    return List.of(RuleScope.values());
  }

  /** The floor as a percentage, e.g. "50.00". */
  public String getFloor() {
    return Percent.of(rules.makerFloorBp());
  }

  public String getEstimatedFee() {
    return Percent.of(rules.estimatedFeeBp());
  }

  public String percent(int basisPoints) {
    return Percent.of(basisPoints);
  }

  public String groupName(Long groupId) {
    if (groupsById == null) {
      // only the groups the rules name, not the whole directory
      groupsById = directory.groups(getRules().stream().map(SplitRule::groupId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }
    ProducerGroup group = groupId == null ? null : groupsById.get(groupId);
    return group == null ? String.valueOf(groupId) : group.code() + " " + group.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The newest version of each rule that has taken effect: the one a sale today is split under. */
  public boolean inForce(SplitRule rule) {
    if (inForce == null) {
      inForce = new HashSet<>();
      LocalDate today = CoopTime.today();
      Map<String, SplitRule> newest = new HashMap<>();
      for (SplitRule r : getRules()) {
        if (!r.effectiveFrom().isAfter(today)) {
          String target = r.scope() + "/" + r.category() + "/" + r.groupId();
          newest.merge(target, r, (a, b) -> newer(a, b) ? a : b);
        }
      }
      newest.values().forEach(r -> inForce.add(r.id()));
    }
    return inForce.contains(rule.id());
  }

  private static boolean newer(SplitRule a, SplitRule b) {
    int byDate = a.effectiveFrom().compareTo(b.effectiveFrom());
    return byDate != 0 ? byDate > 0 : Objects.requireNonNull(a.id()) > Objects.requireNonNull(b.id());
  }

  public boolean scheduled(SplitRule rule) {
    return rule.effectiveFrom().isAfter(CoopTime.today());
  }
}
