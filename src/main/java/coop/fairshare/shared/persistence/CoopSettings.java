package coop.fairshare.shared.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The cooperative's settings (table {@code coop_setting}): the maker's floor, the estimated card
 * fee, how long an unpaid order holds its stock, the bank account shoppers pay into. Read from the
 * database each time, so every instance sees a change at once.
 */
public final class CoopSettings {

  private CoopSettings() {}

  public static Optional<String> text(EntityManager em, String name) {
    List<?> values = em.createNativeQuery("SELECT value FROM coop_setting WHERE name = ?").setParameter(1, name).getResultList();
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0).toString());
  }

  public static long number(EntityManager em, String name, long fallback) {
    return text(em, name).map(Long::parseLong).orElse(fallback);
  }

  public static void change(EntityManager em, String name, String value, String by) {
    em.createNativeQuery("UPDATE coop_setting SET value = ?, updated_by = ?, updated_at = CURRENT_TIMESTAMP(3) WHERE name = ?")
        .setParameter(1, value).setParameter(2, by).setParameter(3, name).executeUpdate();
  }
}
