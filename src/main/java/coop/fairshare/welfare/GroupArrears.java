package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A producer group's members behind with the fund: how many are behind, the months they owe
 * between them and what those months come to.
 */
public record GroupArrears(long groupId, int members, int months, Money amount) implements Serializable {

  /** Adds up members' arrears by group; groups with nobody behind are left out, the most owed first. */
  public static final class Tally {
    private final Map<Long, GroupArrears> groups = new HashMap<>();

    public void add(long groupId, ContributionArrears member) {
      if (member.isBehind()) {
        groups.merge(groupId, new GroupArrears(groupId, 1, member.monthsOwed(), member.amountOwed()),
            (a, b) -> new GroupArrears(groupId, a.members + b.members, a.months + b.months, a.amount.plus(b.amount)));
      }
    }

    public List<GroupArrears> groups() {
      List<GroupArrears> all = new ArrayList<>(groups.values());
      all.sort(Comparator.comparing(GroupArrears::amount).reversed().thenComparing(GroupArrears::groupId));
      return all;
    }
  }
}
