package coop.fairshare.catalog;

import coop.fairshare.shared.Bilingual;
import java.io.Serializable;

/** A product's names and descriptions in Thai and English; both languages are required. */
public record ProductText(String nameTh, String nameEn, String descriptionTh, String descriptionEn) implements Serializable {

  public ProductText {
    nameTh = Bilingual.require(nameTh, 200, "nameTh");
    nameEn = Bilingual.require(nameEn, 200, "nameEn");
    descriptionTh = Bilingual.require(descriptionTh, 10_000, "descriptionTh");
    descriptionEn = Bilingual.require(descriptionEn, 10_000, "descriptionEn");
  }
}
