package coop.fairshare.welfare;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One stored version of the scheme as its pages and API show it: its terms, who saved it, and where it stands today. */
public record SchemeVersion(long id, WelfareRules rules, String createdBy, Instant createdAt, Standing standing) implements Serializable {

  /** Where a version stands on a day: history, the one in force, or one still to come (which alone may change). */
  public enum Standing {
    HISTORY,
    IN_FORCE,
    COMING
  }

  public LocalDate effectiveFrom() {
    return rules.effectiveFrom();
  }

  /** Only a version not yet in force may be replaced or withdrawn: claims are judged by the ones that were. */
  public boolean changeable() {
    return standing == Standing.COMING;
  }
}
