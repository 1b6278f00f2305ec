package coop.fairshare.welfare;

import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.SourcedTotal;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The money credited to the fund over a period, by where it came from (every source listed, zero
 * when none), and what claims took out of it: the fund's payouts are debits keyed {@code welfare-claim-…}.
 */
public record MoneyIn(Map<IncomeSource, Money> bySource, Money claimsPaid) implements Serializable {

  public MoneyIn {
    EnumMap<IncomeSource, Money> all = new EnumMap<>(IncomeSource.class);
    for (IncomeSource s : IncomeSource.values()) {
      all.put(s, bySource.getOrDefault(s, Money.ZERO));
    }
    bySource = java.util.Collections.unmodifiableMap(all);
  }

  /** From the fund's credits and debits by source over the period. */
  public static MoneyIn of(List<SourcedTotal> totals) {
    Map<IncomeSource, Money> in = new EnumMap<>(IncomeSource.class);
    Money paid = Money.ZERO;
    for (SourcedTotal t : totals) {
      in.merge(IncomeSource.of(t.source(), t.keyKind()), t.credits(), Money::plus);
      if (isClaimPayout(t)) {
        paid = paid.plus(t.debits());
      }
    }
    return new MoneyIn(in, paid);
  }

  /** A claim's payout: the claims desk posts it keyed {@code welfare-claim-<id>}. */
  static boolean isClaimPayout(SourcedTotal t) {
    return t.source() == EntrySource.WELFARE && "welfare-claim".equals(t.keyKind());
  }

  public Money of(IncomeSource source) {
    return bySource.get(source);
  }

  public Money total() {
    return bySource.values().stream().reduce(Money.ZERO, Money::plus);
  }
}
