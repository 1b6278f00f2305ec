package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of a savings count: its accounts summed per group and product (what the step keeps),
 * and the figures the count adds up from them: accounts, balances, groups with savings and the
 * largest group's savings.
 */
final class SavingsTally {

  /** What one group's members hold in one product. */
  record Part(long groupId, long productId, int accounts, Money balance) {}

  private final Map<Long, Map<Long, Part>> byGroup = new TreeMap<>();

  /** Adds one account and its balance (zero when the ledger has none for it). */
  void add(long groupId, long productId, Money balance) {
    byGroup.computeIfAbsent(groupId, g -> new TreeMap<>()).merge(productId, new Part(groupId, productId, 1, balance),
        (was, one) -> new Part(groupId, productId, was.accounts() + 1, was.balance().plus(one.balance())));
  }

  /** The parts by group, then product. */
  List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    byGroup.values().forEach(products -> parts.addAll(products.values()));
    return parts;
  }

  int accounts() {
    return parts().stream().mapToInt(Part::accounts).sum();
  }

  Money balance() {
    return parts().stream().map(Part::balance).reduce(Money.ZERO, Money::plus);
  }

  /** The groups with at least one account. */
  int groups() {
    return byGroup.size();
  }

  /** The largest of the groups' savings (zero when none has any). */
  Money largestGroup() {
    Money largest = Money.ZERO;
    for (Map<Long, Part> products : byGroup.values()) {
      Money group = products.values().stream().map(Part::balance).reduce(Money.ZERO, Money::plus);
      largest = group.compareTo(largest) > 0 ? group : largest;
    }
    return largest;
  }
}
