package coop.fairshare.savings;

import coop.fairshare.shared.NotFound;
import jakarta.persistence.EntityManager;

/** The row locks of the savings paths, written once (LockOrder). */
final class SavingsRows {

  private SavingsRows() {}

  /**
   * The account's row locked by primary key, as the transaction's first statement: the balance read
   * after it (the snapshot starts with the first plain read) holds every withdrawal committed before.
   */
  static SavingsAccount lockedAccount(EntityManager em, String number) {
    long id = SavingsAccount.idOf(number).orElseThrow(() -> new NotFound("savingsAccount", number));
    if (em.createNativeQuery("SELECT id FROM savings_account WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList().isEmpty()) {
      throw new NotFound("savingsAccount", number);
    }
    return em.find(SavingsAccount.class, id);
  }
}
