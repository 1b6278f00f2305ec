package coop.fairshare.savings;

import coop.fairshare.shared.Bilingual;
import java.io.Serializable;
import java.util.Locale;

/** One member behind on her monthly promise: her account, who she is, the product, and how far behind. */
public record ArrearsLine(String accountNumber, String memberNumber, String memberNameTh, long productId, String productNameTh, String productNameEn,
    MonthlyPromise promise, MonthlyPromise.Arrears arrears) implements Serializable {

  public String productName(Locale locale) {
    return Bilingual.pick(locale, productNameTh, productNameEn);
  }
}
