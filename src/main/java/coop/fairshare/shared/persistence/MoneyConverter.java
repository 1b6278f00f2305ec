package coop.fairshare.shared.persistence;

import coop.fairshare.shared.Money;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Money} as a BIGINT of satang. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, Long> {

  @Override
  public Long convertToDatabaseColumn(Money money) {
    return money == null ? null : money.satang();
  }

  @Override
  public Money convertToEntityAttribute(Long satang) {
    return satang == null ? null : Money.ofSatang(satang);
  }
}
