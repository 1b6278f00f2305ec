package coop.fairshare.order;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Order numbers FS-yymm-nnnnn. Each is taken in its own short transaction, so checkouts do not
 * queue on the month's counter while they reserve stock; a checkout that fails leaves a gap.
 */
@Stateless
@PermitAll
public class OrderNumbers {

  /** Every order number starts so; other references (donations) never do. */
  public static final String PREFIX = "FS-";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");

  @PersistenceContext
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String next(LocalDate today) {
    String month = today.format(MONTH);
    em.createNativeQuery("INSERT INTO order_number_seq (month_key, last_no) VALUES (?, LAST_INSERT_ID(1))"
        + " ON DUPLICATE KEY UPDATE last_no = LAST_INSERT_ID(last_no + 1)").setParameter(1, month).executeUpdate();
    long number = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    return String.format(PREFIX + "%s-%05d", month, number);
  }
}
