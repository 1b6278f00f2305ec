package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * How long a payable account's money has been owed, from its lines alone. Credits (a sale's share)
 * queue up oldest first; a debit clears them first in, first out, except that a reversal (a refund)
 * first clears the very sale it reverses. What a payout clears is paid money, with the days from
 * the sale to the payout; what is left in the queue is still owed, the oldest first.
 */
public final class PayableAgeing {

  /** One line of the account: its entry, date and side, and whether the entry is a payout or a reversal. */
  public record Movement(long entryId, LocalDate date, Side side, Money amount, boolean payout, Long reversesEntryId) {}

  /** A part of one sale's credit that a payout cleared. */
  public record Paid(LocalDate saleDate, LocalDate paidOn, Money amount) {
    public long days() {
      return ChronoUnit.DAYS.between(saleDate, paidOn);
    }
  }

  /** What is still owed (never below zero here: an overpayment shows as nothing owed), since when, and what was paid. */
  public record Result(Money owed, LocalDate oldestUnpaid, List<Paid> paid) {}

  private PayableAgeing() {}

  private static final class Open {
    final long entryId;
    final LocalDate date;
    long left;

    Open(long entryId, LocalDate date, long left) {
      this.entryId = entryId;
      this.date = date;
      this.left = left;
    }
  }

  public static Result of(List<Movement> movements) {
    List<Movement> inOrder = new ArrayList<>(movements);
    inOrder.sort(Comparator.comparing(Movement::date).thenComparingLong(Movement::entryId));
    Deque<Open> open = new ArrayDeque<>();
    List<Paid> paid = new ArrayList<>();
    long overpaid = 0;
    for (Movement m : inOrder) {
      long amount = m.amount().satang();
      if (m.side() == Side.CREDIT) {
        long absorbed = Math.min(overpaid, amount);
        overpaid -= absorbed;
        if (amount > absorbed) {
          open.addLast(new Open(m.entryId(), m.date(), amount - absorbed));
        }
        continue;
      }
      long left = amount;
      if (m.reversesEntryId() != null) {
        // a refund takes back its own sale's share, not the oldest one
        for (Iterator<Open> it = open.iterator(); it.hasNext() && left > 0;) {
          Open o = it.next();
          if (o.entryId == m.reversesEntryId()) {
            long take = Math.min(o.left, left);
            o.left -= take;
            left -= take;
            if (o.left == 0) {
              it.remove();
            }
          }
        }
      }
      while (left > 0 && !open.isEmpty()) {
        Open oldest = open.peekFirst();
        long take = Math.min(oldest.left, left);
        if (m.payout()) {
          paid.add(new Paid(oldest.date, m.date(), Money.ofSatang(take)));
        }
        oldest.left -= take;
        left -= take;
        if (oldest.left == 0) {
          open.removeFirst();
        }
      }
      overpaid += left;
    }
    long owed = open.stream().mapToLong(o -> o.left).sum();
    return new Result(Money.ofSatang(owed), open.isEmpty() ? null : open.peekFirst().date, List.copyOf(paid));
  }

  /**
   * What is owed for sales up to a day: its credits dated up to then, less every debit whenever
   * dated (a payout or refund already made counts however late it was), never below zero.
   */
  public static Money owedUpTo(List<Movement> movements, LocalDate upTo) {
    long owed = 0;
    for (Movement m : movements) {
      if (m.side() == Side.DEBIT) {
        owed -= m.amount().satang();
      } else if (!m.date().isAfter(upTo)) {
        owed += m.amount().satang();
      }
    }
    return Money.ofSatang(Math.max(0, owed));
  }

  /**
   * The days from sale to payout of what was paid between two days, weighted by amount (a baht
   * paid late counts as much as a baht paid early), rounded; empty when nothing was paid then.
   */
  public static java.util.OptionalLong averageDaysToPayout(List<Paid> paid, LocalDate from, LocalDate to) {
    long satang = 0;
    java.math.BigInteger weighted = java.math.BigInteger.ZERO;
    for (Paid p : paid) {
      if (!p.paidOn().isBefore(from) && !p.paidOn().isAfter(to)) {
        satang += p.amount().satang();
        weighted = weighted.add(java.math.BigInteger.valueOf(p.amount().satang()).multiply(java.math.BigInteger.valueOf(p.days())));
      }
    }
    if (satang == 0) {
      return java.util.OptionalLong.empty();
    }
    java.math.BigInteger[] qr = weighted.divideAndRemainder(java.math.BigInteger.valueOf(satang));
    long rounded = qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(java.math.BigInteger.valueOf(satang)) >= 0 ? 1 : 0);
    return java.util.OptionalLong.of(rounded);
  }
}
