package coop.fairshare.order;

import coop.fairshare.member.Region;
import coop.fairshare.shared.Bilingual;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** One of Thailand's 77 provinces (จังหวัด), with the first two digits its postcodes share. Reference data. */
@Entity
@Table(name = "province")
@Cacheable
public class Province {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name_th", nullable = false, updatable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false, updatable = false)
  private String nameEn;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "region_id", nullable = false, updatable = false)
  private Region region;

  @Column(name = "postcode_prefix", nullable = false, updatable = false)
  private String postcodePrefix;

  @Column(name = "other_postcode_prefixes", updatable = false)
  private String otherPostcodePrefixes;

  protected Province() {}

  /** For tests and imports: reference data is otherwise only read. */
  public Province(String code, String nameTh, String nameEn, Region region, String postcodePrefix, String otherPostcodePrefixes) {
    this.code = code;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.region = region;
    this.postcodePrefix = postcodePrefix;
    this.otherPostcodePrefixes = otherPostcodePrefixes;
  }

  /** Its own prefix, or one of the few a neighbouring post office lends some of its districts. */
  public boolean ownsPostcode(String postcode) {
    if (postcode == null || postcode.length() < 2) {
      return false;
    }
    String prefix = postcode.substring(0, 2);
    return prefix.equals(postcodePrefix) || (otherPostcodePrefixes != null && java.util.Arrays.asList(otherPostcodePrefixes.split(",")).contains(prefix));
  }

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }

  public Region region() {
    return region;
  }

  public String postcodePrefix() {
    return postcodePrefix;
  }
}
