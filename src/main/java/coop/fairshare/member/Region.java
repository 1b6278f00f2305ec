package coop.fairshare.member;

import coop.fairshare.shared.Bilingual;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One of the five regional networks. Reference data from the first migration; never changed by the app. */
@Entity
@Table(name = "region")
@Cacheable
public class Region {

  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "name_th", nullable = false, updatable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false, updatable = false)
  private String nameEn;

  @Column(name = "sort_order", nullable = false, updatable = false)
  private int sortOrder;

  protected Region() {}

  public Long id() {
    return id;
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

  public int sortOrder() {
    return sortOrder;
  }
}
