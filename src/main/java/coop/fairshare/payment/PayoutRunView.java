package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A payout run as the treasurers' page and the API show it: its state and people, what it
 * transfers and to how many payees, how many lines it has and how many name no details, and only a
 * page of its lines from line {@code firstLine} (a national run pays a hundred thousand makers: its
 * transfer file has them all, a page or an answer never does).
 */
public record PayoutRunView(Long id, LocalDate upTo, PayoutRun.Status status, String proposedBy, String approvedBy, String paidBy, LocalDate paidOn,
    Money total, Money transferTotal, long lineCount, long withoutDetails, long transfers, int firstLine, List<PayoutLine> lines) implements Serializable {

  public PayoutRunView {
    lines = List.copyOf(lines);
  }

  public boolean proposedBy(String user) {
    return proposedBy.equals(user);
  }

  /** The lines after the ones shown (the page leaves them to the transfer file, the API to its next pages). */
  public long moreLines() {
    return lineCount - firstLine - lines.size();
  }

  /** Whether lines follow the ones shown. */
  public boolean linesFollow() {
    return moreLines() > 0;
  }
}
