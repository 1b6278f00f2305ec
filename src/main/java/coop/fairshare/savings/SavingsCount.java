package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.job.RunHeartbeats;
import java.io.Serializable;
import java.time.Instant;

/**
 * A count of the members' savings, group by group, and what it has summed so far: the groups
 * counted of those there were at its start, the accounts, their balances, the groups that have any
 * and the largest group's savings. Its steps are taken by {@link SavingsCountSteps}; its state is
 * its row, read afresh each time. Once done, its figures are the totals page's.
 */
public record SavingsCount(long id, State state, int groups, int groupsCounted, int accounts, Money balance, int groupsListed, Money largestGroup,
    String startedBy, Instant startedAt, Instant heartbeatAt, Instant finishedAt) implements Serializable {

  public enum State {
    RUNNING,
    DONE
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  /**
   * Whole per cent done; 100 only once done. Groups registered while it runs are counted too, so
   * the count may pass its start figure.
   */
  public int percent() {
    if (state == State.DONE) {
      return 100;
    }
    long all = Math.max(groups, groupsCounted);
    return all == 0 ? 0 : (int) Math.min(99, groupsCounted * 100L / all);
  }

  /** The groups counted out of all there are to count (at least those counted). */
  public int groupsToCount() {
    return Math.max(groups, groupsCounted);
  }

  /** How many pages of {@code size} groups the groups with savings fill. */
  public int pages(int size) {
    return (int) ((groupsListed + (long) size - 1) / size);
  }

  /** Running with no step for a while: its worker is gone and another may take it over. */
  public boolean stalled(Instant now) {
    return RunHeartbeats.quiet(running(), heartbeatAt, now);
  }
}
