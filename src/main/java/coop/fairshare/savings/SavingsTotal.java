package coop.fairshare.savings;

import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.Locale;

/** What one group's members hold in one product: how many accounts and their balances summed. */
public record SavingsTotal(String regionCode, String regionNameTh, String regionNameEn, long groupId, String groupNameTh, String groupNameEn, long productId,
    String productNameTh, String productNameEn, int accounts, Money balance) implements Serializable {

  public String regionName(Locale locale) {
    return Bilingual.pick(locale, regionNameTh, regionNameEn);
  }

  public String groupName(Locale locale) {
    return Bilingual.pick(locale, groupNameTh, groupNameEn);
  }

  public String productName(Locale locale) {
    return Bilingual.pick(locale, productNameTh, productNameEn);
  }
}
