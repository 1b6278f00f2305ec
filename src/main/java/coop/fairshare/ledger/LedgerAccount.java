package coop.fairshare.ledger;

import coop.fairshare.shared.Bilingual;
import java.io.Serializable;
import java.util.Locale;

/**
 * An account of the chart. Hot accounts (the cooperative and welfare funds, the payment clearing
 * accounts) keep their running totals in several balance rows: each posting adds to one row chosen
 * at random, so concurrent sales do not queue on a single row lock, and a balance is the sum of at
 * most 64 rows read by primary key: constant time whatever the number of lines.
 */
public record LedgerAccount(long id, String code, String nameTh, String nameEn, AccountType type, OwnerKind ownerKind, Long ownerId, int balanceSlots)
    implements Serializable {

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }
}
