package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/** The member's claims on record as the yearly caps and once-only benefits count them. */
final class ClaimsOnRecord {

  private ClaimsOnRecord() {}

  /**
   * What her other claims, approved or waiting, take already: the event year's hospital money and
   * old-age grant, and a death grant ever. A locking read, so it sees a claim committed a moment ago
   * by a transaction that held her row before us, whatever this one read earlier.
   * An assessment, which stores nothing, reads without locks.
   */
  static ClaimsSoFar soFar(EntityManager em, long memberId, LocalDate eventDate, boolean locking) {
    int year = eventDate.getYear();
    Money hospital = Money.ZERO;
    boolean oldAge = false;
    boolean death = false;
    for (Object o : em.createNativeQuery("SELECT benefit, event_date, amount_satang FROM welfare_claim WHERE member_id = ? AND state <> 'REJECTED'"
        + (locking ? " LOCK IN SHARE MODE" : ""))
        .setParameter(1, memberId).getResultList()) {
      Object[] row = (Object[]) o;
      Benefit benefit = Benefit.valueOf((String) row[0]);
      int claimYear = toDate(row[1]).getYear();
      if (benefit == Benefit.HOSPITAL && claimYear == year) {
        hospital = hospital.plus(Money.ofSatang(((Number) row[2]).longValue()));
      } else if (benefit == Benefit.OLD_AGE && claimYear == year) {
        oldAge = true;
      } else if (benefit == Benefit.DEATH) {
        death = true;
      }
    }
    return new ClaimsSoFar(hospital, oldAge, death);
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
