package coop.fairshare.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The cooperative's one clock: Bangkok time, whatever zone the server's JVM runs in. A sale at
 * 01:00 in Bangkok belongs to that Bangkok day, a month closes at Bangkok midnight. Every "today"
 * and "this month" in the app comes from here (ArchitectureTest forbids the JVM's own zone).
 */
public final class CoopTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  private static final Clock CLOCK = Clock.system(ZONE);

  private CoopTime() {}

  /** The clock services keep for instants (in UTC underneath, like the database's TIMESTAMPs). */
  public static Clock clock() {
    return CLOCK;
  }

  public static Instant now() {
    return CLOCK.instant();
  }

  /** Today's date in Bangkok. */
  public static LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  /** This month in Bangkok. */
  public static YearMonth thisMonth() {
    return YearMonth.now(CLOCK);
  }
}
