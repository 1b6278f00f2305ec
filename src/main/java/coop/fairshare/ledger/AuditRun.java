package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.job.RunHeartbeats;
import java.io.Serializable;
import java.time.Instant;

/**
 * A run of the audit of the books and what it found so far: accounts proven of those there were at
 * its start, entries checked, lines summed, and the differences counted. Its steps are taken by
 * {@link AuditChunk}; its state is its row, read afresh each time.
 *
 * @param totalDebits all balance rows' debits, known once the run is done (else null)
 */
public record AuditRun(long id, State state, int accounts, int accountsChecked, long entries, long entriesChecked, long linesSummed, int accountsOff,
    int entriesOff, Money totalDebits, Money totalCredits, String startedBy, Instant startedAt, Instant heartbeatAt, Instant finishedAt)
    implements Serializable {

  public enum State {
    RUNNING,
    DONE
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  /** Done, nothing off and the grand totals equal: the books are whole. */
  public boolean clean() {
    return state == State.DONE && accountsOff == 0 && entriesOff == 0 && totalDebits != null && totalDebits.equals(totalCredits);
  }

  /** Whether the grand totals were read and agree (null while they are not known yet). */
  public Boolean totalsAgree() {
    return totalDebits == null ? null : totalDebits.equals(totalCredits);
  }

  /**
   * Whole per cent done over accounts and entries together; 100 only once done. Accounts and
   * entries added while it runs are checked too, so the count may pass its start figure.
   */
  public int percent() {
    if (state == State.DONE) {
      return 100;
    }
    long all = Math.max(accounts, accountsChecked) + Math.max(entries, entriesChecked);
    return all == 0 ? 0 : (int) Math.min(99, (accountsChecked + entriesChecked) * 100 / all);
  }

  /** Running with no step for a while: its worker is gone and another may take it over. */
  public boolean stalled(Instant now) {
    return RunHeartbeats.quiet(running(), heartbeatAt, now);
  }
}
